Feature: What a tutorial's session reads of its publish
  Under SESSION_DRIVER=literal a session publishes by typing the tutorial's `redis.publish(...)`
  into irb: the number of receivers is the one irb echoes as its result, `=> 1`, whatever the
  statement printed before it; any other result fails the step, saying what irb answered. Each
  publish is awaited on the driver's own MONITOR, sent by the session's client: until the
  session first sent a command, that is the client Redis did not know before (CLIENT LIST).
  Here session A's `redis.publish` is redefined, to answer as Redis and redis-rb never do.

  Scenario Outline: A publish whose result reads <result>
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ redis = Redis.new
      $ def redis.publish(*) = <publish>
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session A starts
    Then the tutorial's session A publishing "the message" to my_channel reaches <receivers> subscribers

    Examples:
      | publish                        | result               | receivers |
      | super                          | => 0                 | 0         |
      | super + 12                     | => 12                | 12        |
      | super.tap { puts "published" } | published, then => 0 | 0         |

  Scenario Outline: A publish whose result is not a number of receivers: <publish>
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ redis = Redis.new
      $ def redis.publish(*) = <publish>
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session A starts
    Then the tutorial's session A publishing "the message" to my_channel fails with a message beginning:
      """
      session A typed `redis.publish("my_channel", "the message")`, and irb answered:
        <answer>
      """

    Examples:
      | publish                                                    | answer                                                         |
      | super.to_f                                                 | => 0.0                                                         |
      | super.then { Class.new { def inspect = "sent => 0" }.new } | => sent => 0                                                   |
      | super.then { raise "after publishing" }                    | (irb):3:in `block in publish': after publishing (RuntimeError) |

  Scenario: The session's client is the one Redis did not know before it first published
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ decoy = Redis.new.tap(&:ping)
      $ redis = Redis.new
      $ redis.define_singleton_method(:publish) { |channel, body| decoy.publish("elsewhere", "decoy") && (body == "the message" ? super(channel, body) : ping && 0) }
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session A starts
    Then the tutorial's session A publishing "the message" to my_channel reaches 0 subscribers
    And the tutorial's session A publishing "Is "this" thing on?" to my_channel fails with a message beginning:
      """
      Waited <WAIT_TIMEOUT_MS> ms for the monitor to show session A send publish (the driver's own MONITOR); the monitor showed:
      """
