Feature: Publish in IRB Session A
  "Back in the first IRB session, publish a message": `redis.publish("my_channel", "the message")`.
  "Observe that in the redis-CLI window you see that a message was posted, and in IRB
  Session B you get the output ..."

  The tutorial's prose promises `I heard [the message] on [my_channel]`, but its own code
  prints `I heard [the message] on channel [my_channel]`. This spec follows the code: the
  prose is an erratum.

  Background:
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message

  Scenario: Session B hears the message
    When session A publishes "the message" to my_channel
    Then session B prints "I heard [the message] on channel [my_channel]"

  Scenario: The monitor sees the message posted
    When session A publishes "the message" to my_channel
    Then the monitor shows session A sending "publish" "my_channel" "the message"

  Scenario: The message reaches its one subscriber
    When session A publishes "the message" to my_channel
    Then the publish by session A reached 1 subscriber
