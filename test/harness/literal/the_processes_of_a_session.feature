Feature: The processes a tutorial's session starts, and how they end
  Under SESSION_DRIVER=literal a session is irb, run by util-linux `script` in a pseudo-terminal.
  Stopping the session ends irb first, so that `script` reaps it and exits by itself; what is
  typed after that fails at once, saying how irb ended. A `script` that dies first does not leave
  its irb running: the session remembers what `script` had started, and ends it when it stops.
  Whatever ends the spec's process, what the driver started ends with it, even irb busy with a statement.
  The processes are checked by their pids, as the system lists them.

  Scenario: Stopping a session ends its irb and its script, and what is typed after fails at once
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ redis = Redis.new; :ready
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session A starts
    And the tutorial's session A stops
    Then none of the processes it started is left
    And the tutorial's session A publishing "the message" to my_channel fails with:
      """
      Awaited session A's irb to echo `redis.publish("my_channel", "the message")`, but irb exited (code 137); session A's irb showed (and exited):
        >> require 'redis'
        => true
        >> redis = Redis.new; :ready
        => :ready
        >>
      """

  Scenario: An irb that outlives its script ends when the session stops
    Given the tutorial sample, with its section 'Start IRB Session "B"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ trap("HUP", "IGNORE")
      $ redis = Redis.new
      $ redis.subscribe("my_channel") do |event|
        event.message do |channel, body|
          puts "I heard [#{body}] on channel [#{channel}]"
        end
      end
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session B starts
    And the tutorial's session B subscribes to "my_channel"
    And the tutorial's session B's script is killed with SIGKILL
    Then waiting for the tutorial's session B to print "I heard [the message] on channel [my_channel]" fails at once with:
      """
      Awaited session B to print "I heard [the message] on channel [my_channel]", but irb exited (SIGKILL); session B showed nothing
      """
    And the tutorial's session B publishing "the message" to my_channel fails with a message beginning:
      """
      Awaited session B's irb to show its prompt, but irb exited (SIGKILL); session B's irb showed (and exited):
      """
    And its irb still runs
    When the tutorial's session B stops
    Then none of the processes it started is left

  Scenario: A spec process that exits without stopping its sessions leaves none of their processes
    When another spec process opens irb, has it sleep, and exits without stopping it
    Then none of the processes it started is left

  Scenario: irb cannot start where there is no script
    Then opening irb for session A with PATH="/nonexistent" fails with:
      """
      Awaited session A's irb to show its prompt, but could not start irb under script (spawn script ENOENT); session A's irb showed (and exited):
        nothing
      """
