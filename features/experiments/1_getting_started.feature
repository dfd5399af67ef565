Feature: Getting Started
  "Before jumping ahead, make sure you have Redis installed." Then, "in one terminal
  window, start the Redis Command Line Interface (CLI) and begin monitoring interactions",
  and "in another terminal window, start an IRB session" with `require 'redis'` and
  `redis = Redis.new`.

  Rule: Start Redis-CLI

    @beyond-the-tutorial
    Scenario: Redis is installed and answers
      Given session A starts an IRB session
      When session A pings Redis
      Then Redis answers session A with "PONG"

    Scenario: The monitor shows every command a session sends
      Given the monitor runs MONITOR
      And session A starts an IRB session
      When session A publishes "the message" to my_channel
      Then the monitor shows session A sending "publish" "my_channel" "the message"
