Feature: How the tutorial's own code fails
  Under SESSION_DRIVER=literal each window runs the tutorial's code: irb for a session, redis-cli
  for the monitor. When that code does not do what a step asks, or irb and redis-cli do not answer
  as the tutorial shows, the step fails at once or within its bound, saying what was typed and
  what the window showed. `<WAIT_TIMEOUT_MS>` stands for that setting's value.

  Scenario: The run names the tutorial it reads and the versions of the tools that run its code
    When the literal driver is prepared for the tutorial sample, in a file
    Then its sessions are named like:
      """
      the tutorial's own code from <file>, in irb <version> (<date>), redis gem <version>, redis-cli <version>
      """

  Scenario: A statement irb cannot run
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ raise "no Redis here"
      $ redis = Redis.new
      {% endirb %}
      """
    When the literal driver reads it
    Then the tutorial's session A starting fails with a message beginning:
      """
      session A typed `raise "no Redis here"`, and irb answered:
        (irb):2:in `<main>': no Redis here (RuntimeError)
      """

  Scenario: A statement over lines irb cannot run reads as one line, without its indentation
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $   raise(
          "no Redis here")
      $ redis = Redis.new
      {% endirb %}
      """
    When the literal driver reads it
    Then the tutorial's session A starting fails with a message beginning:
      """
      session A typed `raise(     "no Redis here")`, and irb answered:
        (irb):2:in `<main>': no Redis here (RuntimeError)
      """

  Scenario: A statement left open is refused before any session starts: Ruby reads it as open
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ redis = Redis.new(
      {% endirb %}
      """
    When the literal driver reads it
    Then it is refused, Ruby's own words aside, with:
      """
      TUTORIAL_PATH=sample.md has a {% irb %} block at line 16 (section "Start IRB Session "A"") whose statement at line 17 is still open at its end (Ruby: …): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
      """

  Scenario: A statement irb does not finish in time
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ sleep 30
      $ redis = Redis.new
      {% endirb %}
      """
    When the literal driver reads it
    Then the tutorial's session A starting gives up with:
      """
      Waited <WAIT_TIMEOUT_MS> ms for session A's irb to show its prompt; session A's irb showed:
        >> require 'redis'
        => true
        >> sleep 30
      """

  Scenario: irb ending
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ exit
      $ redis = Redis.new
      {% endirb %}
      """
    When the literal driver reads it
    Then the tutorial's session A starting fails with:
      """
      Awaited session A's irb to show its prompt, but irb exited (code 0); session A's irb showed (and exited):
        >> exit
      """

  Scenario: A redis-cli that does not start
    Given the tutorial sample, with its section "Start Redis-CLI" reading:
      """
      {% terminal %}
      $ redis-cli --no-such-option
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      """
    When the literal driver reads it
    Then the tutorial's monitor starting fails with:
      """
      redis-cli exited (code 1); it printed: Unrecognized option or bad number of args for: '--no-such-option'
      """

  Scenario: The password of REDIS_URL reaches the tutorial's redis-cli and irb
    Given the spec starts a second redis-server
    And it requires the password "pa:ss@word"
    And the tutorial sample
    When the literal driver reads it
    And the tutorial's monitor and session A start on it with the password "pa:ss@word"
    Then the tutorial's session A publishing "the message" to my_channel reaches 0 subscribers
    And that monitor shows session A sending "publish" "my_channel" "the message"

  Scenario: A session used before it started
    Given the tutorial sample
    When the literal driver reads it
    Then the tutorial's session B subscribing to "my_channel" fails with:
      """
      session B has not started: a step "session B starts an IRB session" must come first
      """

  Scenario Outline: What the tutorial's code does not do is beyond it: <asked>
    Given the tutorial sample
    When the literal driver reads it
    Then the tutorial's session <session> <asked> fails with:
      """
      session <session> cannot <cannot> under SESSION_DRIVER=literal: that is beyond the tutorial's code (<because>); tag the scenario @beyond-the-tutorial.
      """

    Examples:
      | session | asked                                     | cannot                                     | because                                                                         |
      | D       | starting                                  | start                                      | the tutorial starts only session A, session B, session C                        |
      | A       | pinging                                   | ping Redis                                 | the tutorial never pings                                                        |
      | A       | speaking RESP "3"                         | speak RESP3                                | its redis gem speaks RESP2                                                      |
      | A       | running "CLIENT LIST"                     | run CLIENT LIST                            | the tutorial only subscribes and publishes                                      |
      | A       | subscribing to "my_channel"               | subscribe to my_channel                    | it does not subscribe                                                           |
      | D       | subscribing to "my_channel"               | subscribe to my_channel                    | it does not subscribe                                                           |
      | B       | subscribing to "other_channel"            | subscribe to other_channel                 | it subscribes to my_channel                                                     |
      | B       | subscribing to the pattern "my_*"         | subscribe to channels matching my_*        | the tutorial subscribes to my_channel only                                      |
      | B       | subscribing slowly to "my_channel"        | subscribe slowly to my_channel             | the tutorial's subscribers print at once                                        |
      | B       | unsubscribing from "my_channel"           | unsubscribe from my_channel                | the tutorial never unsubscribes                                                 |
      | B       | being told to go on                       | go on                                      | the tutorial's subscribers never wait                                           |
      | A       | publishing bytes to "my_channel"          | publish bytes to my_channel                | the tutorial publishes two strings                                              |
      | A       | publishing "hello" to my_channel          | publish "hello" to my_channel              | the tutorial publishes only "the message" to my_channel, "Is "this" thing on?" to my_channel |
      | A       | publishing "the message" to other_channel | publish "the message" to other_channel     | the tutorial publishes only "the message" to my_channel, "Is "this" thing on?" to my_channel |
