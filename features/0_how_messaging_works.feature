@beyond-the-tutorial
Feature: How Messaging Works
  "A message pattern is a network-oriented architecture that describes how two different
  parts of a system connect and communicate with each other." Before its experiments, the
  tutorial explains three patterns, one section each; each rule below is one of them,
  played on a real Redis: Redis is the server, and every client has its own connection.

  Rule: Request-Response Pattern
    "Your browser sends a request to a server, and the server responds with the data that
    your browser will render on your screen. Since this happens at the moment the user
    sends the request, this is a synchronous request."

    Read as: Redis holds the page and session A is the browser. A request is a command, its
    response is that command's reply; nothing reaches the browser that it did not ask for,
    so it learns of a change on the server only when it asks again.

    Background:
      Given Redis holds "Welcome!" at home_page
      And session A starts an IRB session

    Scenario: The answer comes back in the same exchange as the request
      Given the monitor runs MONITOR
      When session A runs "get" "home_page"
      Then the monitor shows session A sending "get" "home_page"
      And Redis answers session A with "Welcome!"

    Scenario: A change on the server reaches the browser only when it asks again
      Given session B starts an IRB session
      When session B runs "set" "home_page" "Welcome back!"
      And session B publishes "home_page changed" to home_page
      Then the publish by session B reached 0 subscribers
      When session A runs "get" "home_page"
      Then Redis answers session A with "Welcome back!"

  Rule: Asynchronous Messaging
    "What if something happened in the server, like receiving an email, and you don't know
    anything about it? ... The asynchronous request-response messaging pattern ... lets us
    put the request in a queue allowing us to say how often we would like to send a request
    to the server. Therefore, we can check the server every once in a while to see whether
    there is new data, like a new email, and get it from the server."

    Read as: the mail server puts each new mail in a queue on the server, Alice's mailbox (the
    Redis list `mailbox:alice`). Alice's mail client checks the mailbox when it starts and
    then every so many minutes, its polling interval, a setting of the client; a check takes
    every mail waiting and shows it with the minute of the check. The minutes are the
    scenario's own: they pass when a step says so, so no assertion waits on a clock.

    Background:
      Given the mail server connects to Redis
      And Alice's mailbox is empty
      And Alice's mail client checks her mailbox every 5 minutes

    Scenario: Mail that arrives after a check waits in the queue until the next check
      Given the mail server puts "Lunch at noon?" in Alice's mailbox
      When 4 minutes pass
      Then Alice has seen nothing
      And Alice's mailbox holds 1 mail
      When 1 minute passes
      Then Alice has seen exactly:
        """
        minute 5: Lunch at noon?
        """

    Scenario: Each mail is seen once, at the first check after it arrived
      Given the mail server puts "Lunch at noon?" in Alice's mailbox
      When 5 minutes pass
      And the mail server puts "Or at one?" in Alice's mailbox
      And 10 minutes pass
      Then Alice has seen exactly:
        """
        minute 5: Lunch at noon?
        minute 10: Or at one?
        """
      And Alice's mailbox holds 0 mails

  Rule: PubSub Messaging Pattern
    "What if you are in a chatroom and several users are talking to each other at the same
    time? ... The PubSub messaging pattern solves this by having one publisher (i.e. the chat
    service) and many subscribers (i.e. the chatroom participants). ... Everytime something
    changes in the chat service, the server will send a message to all the participants at
    once allowing real-time conversations."

    Read as: the chatroom is the channel `chatroom`; joining it is subscribing to it, and a
    participant sees every message it receives. The chat service is the one publisher: when
    someone says something, it publishes "name: words". "All the participants at once" is
    one PUBLISH reaching every participant, none of whom asks for anything (no polling).
    The tutorial says the clients are "subscribed to that publisher"; in Redis they subscribe
    to a channel, and whoever publishes on it reaches them.

    Background:
      Given the monitor runs MONITOR
      And the chat service connects to Redis
      And Alice, Bob and Carol join the chatroom

    Scenario: One message reaches every participant, and nobody polls
      When Alice says "Hi all!"
      Then the chat service's message reached 3 participants
      And Alice, Bob and Carol each see "Alice: Hi all!"
      And the monitor shows Alice, Bob and Carol sending nothing but "subscribe" "chatroom"

    Scenario: A participant who joins later does not see earlier messages
      Given Alice says "Hi all!"
      When Dave joins the chatroom
      And Bob says "Welcome, Dave!"
      Then the chat service's message reached 4 participants
      And Dave has seen exactly:
        """
        Bob: Welcome, Dave!
        """

    Scenario: Participants subscribe to the chatroom, not to a publisher
      Given session E starts an IRB session
      When session E publishes "Erin: psst" to chatroom
      Then the publish by session E reached 3 subscribers
      And Alice, Bob and Carol each see "Erin: psst"
