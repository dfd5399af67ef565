Feature: Broadcast to the Channel
  "Again, back in the first IRB session, publish another message":
  `redis.publish("my_channel", "Is this thing on?")`. "Observe that the second IRB window
  outputs `I heard...`, the third IRB window outputs `I think...`"

  Background:
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
    And session C starts an IRB session

  Scenario: Both subscribers hear the broadcast
    Given session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
    When session A publishes "Is this thing on?" to my_channel
    Then session B prints "I heard [Is this thing on?] on channel [my_channel]"
    And session C prints "I think [Is this thing on?] sounds great!"
    And the publish by session A reached 2 subscribers

  Scenario: Session C hears only what was published after it subscribed
    Given session A publishes "the message" to my_channel
    And session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
    When session A publishes "Is this thing on?" to my_channel
    Then session C has printed exactly:
      """
      I think [Is this thing on?] sounds great!
      """
