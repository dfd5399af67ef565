Feature: What the experiments rely on
  The experiments use Redis behaviour that the tutorial does not state. Each rule pins one
  such behaviour down exactly. Sessions speak RESP2, as the tutorial's redis-rb and
  redis-cli do, or RESP3 with REDIS_PROTOCOL=3: npm test runs the spec with both. The last
  rule compares the two protocols within one run, whatever REDIS_PROTOCOL says.

  Background:
    Given session A starts an IRB session
    And session B starts an IRB session

  Rule: Fire and forget: a channel keeps no history
    A subscription takes effect when Redis has confirmed it: the tutorial's subscribe block
    starts printing from then on, and a message published before is not kept for anyone.

    Scenario: A message published with no subscriber is gone; a late subscriber hears what follows
      When session A publishes "the message" to my_channel
      Then the publish by session A reached 0 subscribers
      When session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session A publishes "Is this thing on?" to my_channel
      Then session B has printed exactly:
        """
        I heard [Is this thing on?] on channel [my_channel]
        """

  Rule: Order: messages arrive at every subscriber in the order they were published
    `#{n}` is each number in turn, as in Ruby's `1.upto(100) { |n| ... }`.

    @beyond-the-tutorial
    Scenario: 100 messages published in a row arrive in order at both subscribers
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session C starts an IRB session
      And session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
      When session A publishes "message #{n}" to my_channel for n from 1 to 100
      Then session B has printed exactly "I heard [message #{n}] on channel [my_channel]" for n from 1 to 100
      And session C has printed exactly "I think [message #{n}] sounds great!" for n from 1 to 100

  Rule: Channels are exact; a pattern is a subscription of its own
    A message reaches the subscribers of its channel, named exactly, not of a channel whose
    name merely looks alike, nor of another channel subscribed at the same time, under
    either channel's name. A message to C arrives after any sent to C before it, so C
    printing only the message published to it shows it heard nothing of my_channel, without
    waiting. A pattern subscription (PSUBSCRIBE, beyond the tutorial's code)
    hears every channel matching it, and a session holding both a channel and a pattern
    that matches it receives the message once for each.

    @beyond-the-tutorial
    Scenario: A message on your_channel is not heard on my_channel
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      When session A publishes "elsewhere" to your_channel
      Then the publish by session A reached 0 subscribers
      When session A publishes "here" to my_channel
      Then session B has printed exactly:
        """
        I heard [here] on channel [my_channel]
        """

    @beyond-the-tutorial
    Scenario: A look-alike channel's message is not heard on my_channel
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      When session A publishes "elsewhere" to my_channel_2
      And session A publishes "elsewhere" to my_chan
      Then the publish by session A reached 0 subscribers
      When session A publishes "here" to my_channel
      Then session B has printed exactly:
        """
        I heard [here] on channel [my_channel]
        """

    @beyond-the-tutorial
    Scenario: With subscribers on two channels at once, a message is heard on its own channel only
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session C starts an IRB session
      And session C subscribes to your_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      When session A publishes "for B" to my_channel
      Then the publish by session A reached 1 subscriber
      And session B prints "I heard [for B] on channel [my_channel]"
      When session A publishes "for C" to your_channel
      Then session C has printed exactly:
        """
        I heard [for C] on channel [your_channel]
        """

    @beyond-the-tutorial
    Scenario: A pattern subscription hears every channel that matches
      Given session B subscribes to channels matching my_*, printing "I heard [#{body}] on channel [#{channel}]" for each message
      When session A publishes "one" to my_channel
      And session A publishes "two" to my_other_channel
      And session A publishes "three" to your_channel
      Then the publish by session A reached 0 subscribers
      And session B has printed exactly:
        """
        I heard [one] on channel [my_channel]
        I heard [two] on channel [my_other_channel]
        """

    @beyond-the-tutorial
    Scenario: A session holding a channel and a pattern that matches it hears the message twice
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session B subscribes to channels matching my_*, printing "I matched [#{body}] on channel [#{channel}]" for each message
      When session A publishes "the message" to my_channel
      Then the publish by session A reached 2 subscribers
      And session B has printed exactly:
        """
        I heard [the message] on channel [my_channel]
        I matched [the message] on channel [my_channel]
        """

  Rule: Unsubscribe takes effect once Redis has confirmed it
    @beyond-the-tutorial
    Scenario: After a confirmed UNSUBSCRIBE, the session hears nothing more
      Given session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session A publishes "the message" to my_channel
      When session B unsubscribes from my_channel
      And session A publishes "Is this thing on?" to my_channel
      Then the publish by session A reached 0 subscribers
      And session B has printed exactly:
        """
        I heard [the message] on channel [my_channel]
        """

  Rule: Subscribing twice to a channel changes nothing
    @beyond-the-tutorial
    Scenario: A session that subscribed twice hears each message once
      Given the monitor runs MONITOR
      And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      When session A publishes "the message" to my_channel
      Then the monitor has shown exactly:
        | session B | "subscribe" "my_channel"             |
        | session B | "subscribe" "my_channel"             |
        | session A | "publish" "my_channel" "the message" |
      And the publish by session A reached 1 subscriber
      And session B prints "I heard [the message] on channel [my_channel]"

  Rule: The monitor shows one order for all sessions, the order in which Redis ran their commands
    That order decides who hears a message: a subscriber whose SUBSCRIBE the monitor shows
    before a PUBLISH hears it, one whose SUBSCRIBE comes after does not.

    Background:
      Given the monitor runs MONITOR
      And session B subscribes to my_channel, printing "I heard [#{body}] on channel [#{channel}]" for each message
      And session C starts an IRB session

    Scenario: C subscribes before A publishes, so C hears the message
      Given session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
      When session A publishes "Is this thing on?" to my_channel
      Then the monitor shows, in this order:
        | session B | "subscribe" "my_channel"                   |
        | session C | "subscribe" "my_channel"                   |
        | session A | "publish" "my_channel" "Is this thing on?" |
      And the publish by session A reached 2 subscribers
      And session C prints "I think [Is this thing on?] sounds great!"

    Scenario: A publishes before C subscribes, so C does not hear the message
      Given session A publishes "the message" to my_channel
      When session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
      Then the monitor shows, in this order:
        | session B | "subscribe" "my_channel"             |
        | session A | "publish" "my_channel" "the message" |
        | session C | "subscribe" "my_channel"             |
      And the publish by session A reached 1 subscriber

  Rule: A subscribed connection in RESP2 may only subscribe, unsubscribe, ping and quit
    The tutorial's clients speak RESP2. There, once a connection has subscribed, Redis
    refuses any other command, and a refused command never runs, so the monitor never shows
    it. The refusal is an ERR that names the command and the commands still allowed, in a
    short notation: `(P)SUBSCRIBE` stands for SUBSCRIBE and PSUBSCRIBE. Servers differ in
    one way: sharded Pub/Sub (SSUBSCRIBE, SUNSUBSCRIBE) came with Redis 7, whose refusal
    names those too, as `(P|S)SUBSCRIBE`; Redis 6.2 has no shard commands and names none.
    The spec asks the server which it has, and reads the names, not the sentence around
    them, which is each server's own. In RESP3 a subscribed connection may run any command.
    Each scenario chooses its session's protocol itself, so both are shown in every run.

    Background:
      Given the monitor runs MONITOR
      And Redis holds "hello" at greeting

    @beyond-the-tutorial
    Scenario: In RESP2, Redis refuses a GET from a subscribed session, and the monitor never shows it, but a PING runs
      Given session C starts an IRB session speaking RESP2
      And session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
      When session C tries to run "get" "greeting"
      Then Redis refuses session C's "get", naming what it still allows: SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE, PING, QUIT and RESET, and SSUBSCRIBE and SUNSUBSCRIBE where the server has them
      When session C runs "ping"
      Then the monitor has shown exactly:
        | session C | "subscribe" "my_channel" |
        | session C | "ping"                   |

    @beyond-the-tutorial
    Scenario: In RESP3, a subscribed session may run a GET, and still hears its channel
      Given session C starts an IRB session speaking RESP3
      And session C subscribes to my_channel, printing "I think [#{body}] sounds great!" for each message
      When session C runs "get" "greeting"
      Then Redis answers session C with "hello"
      And the monitor has shown exactly:
        | session C | "subscribe" "my_channel" |
        | session C | "get" "greeting"         |
      When session A publishes "Is this thing on?" to my_channel
      Then session C prints "I think [Is this thing on?] sounds great!"
