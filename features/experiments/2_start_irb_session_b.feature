Feature: Start IRB Session "B"
  "Open a third tab in Terminal, start another IRB session, and subscribe to the channel
  named `my_channel`":

      redis.subscribe("my_channel") do |event|
        event.message do |channel, body|
          puts "I heard [#{body}] on channel [#{channel}]"
        end
      end

  "Observe that in the redis-CLI terminal window, you see a subscriber added."

  Background:
    Given the monitor runs MONITOR
    And session B starts an IRB session

  Scenario: The monitor sees session B subscribe
    When session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
    Then the monitor shows session B sending "subscribe" "my_channel"
    And my_channel has 1 subscriber
