@beyond-the-tutorial
Feature: Pub/Sub Take Aways
  The tutorial ends with three take-aways, each a rule here in its own words, with what it
  was read to mean.

  Background:
    Given session A starts an IRB session
    And session B starts an IRB session

  Rule: Asynchronous, or async, means the sender is done almost instantly when it sends the message by putting it in a queue
    Read as: PUBLISH returns once Redis has queued the message for each subscriber, not once
    a subscriber has dealt with it. "Almost instantly" is shown by the order of events, not by
    a time: session B takes its time over each message, as a subscribe block that waits for
    the user would; the publisher is done while B is still busy with the message, and B
    finishes it afterwards.

    Scenario: The publisher is done while the subscriber is still busy with the message
      Given session B subscribes to my_channel, taking its time over each message: printing "Busy with [#{body}]...", then, once told to go on, "I heard [#{body}] on channel [#{channel}]"
      When session A publishes "the message" to my_channel
      Then the publish by session A reached 1 subscriber
      And session B has printed exactly:
        """
        Busy with [the message]...
        """
      When session B is told to go on
      Then session B prints "I heard [the message] on channel [my_channel]"

  Rule: PubSub subscribing is "cheap". You can have one sender and numerous subscribers without affecting the publisher
    Read as: what the publisher does does not grow with the subscribers. One PUBLISH reaches
    all of them, each exactly once; Redis does the rest. "Numerous" is 100 here. How fast is a
    question for a benchmark, not for this spec.

    Scenario: One PUBLISH reaches 100 subscribers
      Given the monitor runs MONITOR
      And 100 subscribers subscribe to my_channel, each printing "I heard [#{body}]" for each message
      When session A publishes "Is this thing on?" to my_channel
      Then the publish by session A reached 100 subscribers
      And each of the 100 subscribers has printed exactly "I heard [Is this thing on?]"
      And the monitor shows a single publish: session A sending "publish" "my_channel" "Is this thing on?"

  Rule: Published messages should be simple -- like strings or JSON, not complex serialized objects
    Read as: a channel carries bytes, any bytes, unchanged. A string or a JSON document
    therefore arrives as it was sent; an object has to become text to cross, and arrives as
    whatever that text says, which is less than the object was. The complex objects are those
    of the spec's own language, JavaScript: a Date, a Map, an instance of a class.
    `#{body.bytes}` prints a body's bytes as Ruby does; MONITOR shows each byte that is not
    printable ASCII as \xNN.

    Scenario: A JSON document arrives equal to what was published
      Given session B subscribes to my_channel, printing "#{body}" for each message
      When session A publishes this JSON to my_channel:
        """
        {"from": "Alice", "to": ["Bob", "Carol"], "text": "Lunch?", "urgent": false, "attempt": 1, "reply_to": null}
        """
      Then session B prints JSON equal to what session A published

    Scenario: A UTF-8 body arrives byte for byte
      Given the monitor runs MONITOR
      And session B subscribes to my_channel, printing "#{body} is #{body.bytes}" for each message
      When session A publishes "Grüße 👋" to my_channel
      Then the monitor shows session A sending "publish" "my_channel" "Gr\xc3\xbc\xc3\x9fe \xf0\x9f\x91\x8b"
      And session B prints "Grüße 👋 is [71, 114, 195, 188, 195, 159, 101, 32, 240, 159, 145, 139]"

    Scenario: A binary body arrives byte for byte
      Given the monitor runs MONITOR
      And session B subscribes to my_channel, printing "#{body.bytes}" for each message
      When session A publishes the bytes [0, 255, 13, 10, 128] to my_channel
      Then the monitor shows session A sending "publish" "my_channel" "\x00\xff\r\n\x80"
      And session B prints "[0, 255, 13, 10, 128]"

    Scenario: A complex object arrives as plain data: its Date, Map and class are lost
      Given session B subscribes to my_channel, printing "#{body}" for each message
      When session A publishes to my_channel, as JSON, an object whose fields are:
        | sent   | the Date 2024-05-01T12:00:00Z |
        | online | a Map from "Bob" to "away"    |
        | author | a User named "Alice"          |
      Then session B prints '{"sent":"2024-05-01T12:00:00.000Z","online":{},"author":{"name":"Alice"}}'
      And the fields session A sent and session B parsed are:
        | field  | sent as | parsed as       |
        | sent   | a Date  | a string        |
        | online | a Map   | an empty object |
        | author | a User  | a plain object  |
