Feature: Start IRB Session "C"
  "Now, leaving all the existing windows open, open a third IRB session in a final terminal
  window", subscribing to the same channel with its own output:

      puts "I think [#{body}] sounds great!"

  "Make sure that you see the second subscriber in the redis-cli terminal window."

  Background:
    Given the monitor runs MONITOR
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
    And session C starts an IRB session

  Scenario: The monitor sees a second subscriber
    When session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
    Then the monitor shows session C sending "subscribe" "my_channel"
    And my_channel has 2 subscribers
