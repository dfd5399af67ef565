Feature: The whole experiment, window by window
  The tutorial's experiments from start to end in one run: a redis-cli MONITOR window,
  IRB session A publishing, and sessions B and C subscribing to my_channel.

  Scenario: Four windows, two messages
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
    And the monitor shows session B sending "subscribe" "my_channel"
    When session A publishes "the message" to my_channel
    Then the monitor shows session A sending "publish" "my_channel" "the message"
    And session B prints "I heard [the message] on channel [my_channel]"
    And the publish by session A reached 1 subscriber
    When session C starts an IRB session
    And session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
    Then the monitor shows session C sending "subscribe" "my_channel"
    And my_channel has 2 subscribers
    When session A publishes "Is this thing on?" to my_channel
    Then the publish by session A reached 2 subscribers
    And session B has printed exactly:
      """
      I heard [the message] on channel [my_channel]
      I heard [Is this thing on?] on channel [my_channel]
      """
    And session C has printed exactly:
      """
      I think [Is this thing on?] sounds great!
      """
