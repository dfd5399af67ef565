Feature: How a failing step reads
  The harness's own promise: a step that does not get what it waits for fails within
  WAIT_TIMEOUT_MS, says what it awaited and shows what each window printed; a session
  that lost its connection fails at once and names the server. These scenarios run on
  the binary provider; `<port>` stands for the port its server listens on.

  Scenario: Waiting for a line a session never prints
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When session A publishes "one" to my_channel
    And session A publishes "two" to my_channel
    Then session B prints "I heard [two]"
    But waiting 300 ms for session B to print "I heard [three]" fails with:
      """
      Waited 300 ms for session B to print "I heard [three]"; session B showed:
        I heard [one]
        I heard [two]
      """

  Scenario: A line printed twice, or other lines than expected, fail the check
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When session A publishes "one" to my_channel
    And session A publishes "one" to my_channel
    Then session B has printed exactly:
      """
      I heard [one]
      I heard [one]
      """
    But checking that session B printed "I heard [one]" once fails with:
      """
      session B printed "I heard [one]" 2 times; session B showed:
        I heard [one]
        I heard [one]
      """
    And checking that session B printed exactly "I heard [one]" fails with:
      """
      session B did not print exactly:
        I heard [one]
      session B showed:
        I heard [one]
        I heard [one]
      """
    And waiting 300 ms for session B to print exactly 3 lines fails with:
      """
      Waited 300 ms for session B to print 3 line(s); session B showed:
        I heard [one]
        I heard [one]
      """

  Scenario: Waiting for a line a window that printed nothing never prints
    Given session C starts an IRB session
    Then waiting 300 ms for session C to print "I think [one] sounds great!" fails with:
      """
      Waited 300 ms for session C to print "I think [one] sounds great!"; session C showed nothing
      """
    And the windows read:
      """
      session C showed nothing
      """

  Scenario: Waiting for a command the monitor never shows lists what it showed, by sender
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    And session A publishes "one" to my_channel
    And the monitor shows session A sending "publish" "my_channel" "one"
    And my_channel has 1 subscriber
    Then waiting 300 ms for the monitor to show session B sending "publish" "my_channel" "one" fails with:
      """
      Waited 300 ms for the monitor to show session B sending "publish" "my_channel" "one"; the monitor showed:
        session B: "subscribe" "my_channel"
        session A: "publish" "my_channel" "one"
        the spec: "pubsub" "NUMSUB" "my_channel"
      """

  Scenario: Every scenario attaches what its windows showed
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When session A publishes "one" to my_channel
    Then session B prints "I heard [one]"
    And the monitor shows session A sending "publish" "my_channel" "one"
    And the windows read:
      """
      the monitor showed:
        session B: "subscribe" "my_channel"
        session A: "publish" "my_channel" "one"
      session A showed nothing
      session B showed:
        I heard [one]
      """

  Scenario: A session whose connection was dropped fails at once, naming the server
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When Redis drops the connection of session B
    Then waiting for session B to print "I heard [one]" fails at once with:
      """
      Awaited session B to print "I heard [one]", but it lost the Redis server at 127.0.0.1:<port> (binary redis-server); session B showed nothing
      """
    And session B publishing "one" to my_channel fails with:
      """
      session B could not publish to my_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B subscribing to other_channel fails with:
      """
      session B could not subscribe to other_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B pinging Redis fails with:
      """
      session B could not ping on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B subscribing to the pattern "my_*" fails with:
      """
      session B could not subscribe to my_* on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B subscribing slowly to "my_channel" fails with:
      """
      session B could not subscribe to my_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B unsubscribing from "my_channel" fails with:
      """
      session B could not unsubscribe from my_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B publishing bytes to "my_channel" fails with:
      """
      session B could not publish to my_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B running "get greeting" fails with:
      """
      session B could not run get on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    When session A publishes "one" to my_channel
    Then the publish by session A reached 0 subscribers

  Scenario: What the spec asks the server on its own connection, and Redis refuses, names the server
    Then the spec asking Redis "GET" fails with:
      """
      the spec could not run GET on the Redis server at 127.0.0.1:<port> (binary redis-server): ERR wrong number of arguments for 'get' command
      """

  Scenario: A refusal check says what Redis answered instead, and what the refusal named
    Given session A starts an IRB session
    Then expecting Redis to refuse session A's "ping", naming PING, and RESET where the server has them, fails with:
      """
      session A tried no command
      """
    When session A tries to run "ping"
    Then expecting Redis to refuse session A's "ping", naming PING, and RESET where the server has them, fails with:
      """
      Redis answered session A with PONG
      """
    When session A tries to run "get"
    Then expecting Redis to refuse session A's "set", naming PING, and RESET where the server has them, fails with:
      """
      Redis refused session A with "ERR wrong number of arguments for 'get' command": it does not name set
      """
    And expecting Redis to refuse session A's "get", naming PING, and RESET and NOSUCHCOMMAND where the server has them, fails with:
      """
      Redis refused session A with "ERR wrong number of arguments for 'get' command", naming as allowed nothing; expected PING, RESET (the server has RESET of RESET, NOSUCHCOMMAND)
      """

  Scenario: A monitor whose connection was dropped fails at once, naming the server
    Given the monitor runs MONITOR
    When Redis drops the connection of the monitor
    Then waiting for the monitor to show session A sending "ping" fails at once with:
      """
      Awaited the monitor to show session A sending "ping", but it lost the Redis server at 127.0.0.1:<port> (binary redis-server); the monitor showed nothing
      """

  Scenario: A session used out of order says so
    Given session A starts an IRB session
    Then session A starting again fails with:
      """
      session A has started already
      """
    And session A being told to go on fails with:
      """
      session A was told to go on, but is busy with no message; session A showed nothing
      """
    And session D publishing "one" to my_channel fails with:
      """
      session D could not publish to my_channel on the Redis server at 127.0.0.1:<port> (binary redis-server): session D has not started an IRB session yet
      """

  Scenario: A monitor that cannot connect names the server
    Then the monitor starting against redis://127.0.0.1:1 fails with:
      """
      the monitor could not start: it lost the Redis server at 127.0.0.1:1 (url redis://127.0.0.1:1) (connect ECONNREFUSED 127.0.0.1:1)
      """

  Scenario: A monitor whose server does not answer MONITOR gives up within its bound
    Given the spec starts a second redis-server
    When it is paused
    Then a monitor starting on it gives up after 300 ms with:
      """
      Waited 300 ms for the monitor to answer MONITOR with OK; it read: nothing
      """

  Scenario: The monitor shows a long command whole, however the network cuts it
    Given the monitor runs MONITOR
    And session A starts an IRB session
    When session A publishes 200000 x's to my_channel
    Then the monitor shows session A sending "publish" "my_channel" and the 200000 x's

  Scenario: A session that cannot connect names the server
    Then session D starting against redis://127.0.0.1:1 fails with:
      """
      session D could not connect on the Redis server at 127.0.0.1:1 (url redis://127.0.0.1:1): Connection is closed. (connect ECONNREFUSED 127.0.0.1:1)
      """

  Scenario: The password of REDIS_URL reaches every connection, the monitor's too
    Given the spec starts a second redis-server
    And it requires the password "s3cret"
    When the monitor and session D start on it with the password "s3cret"
    And session D pings it
    Then that monitor shows session D sending "ping"
    And a monitor with the password "wrong" is refused with:
      """
      the monitor was refused by the Redis server at 127.0.0.1:<its port> (url redis://***@127.0.0.1:<its port>): -WRONGPASS invalid username-password pair or user is disabled.
      """
