Feature: How the spec reads and writes the windows' lines
  A subscriber's puts fills its template with the message: `#{body}` as text, `#{body.bytes}` as
  Ruby prints bytes, `#{channel}`; a message on a channel it has no template for is printed too,
  so that it cannot pass unseen. MONITOR prints each command as its time, the database and the
  client's address in brackets, then each argument quoted; the spec reads it so, and nothing else
  as a command. A check of what a session printed, or a session's failure, says what it waited
  for, what it expected, and the client's own error once.

  Scenario: A subscriber's template filled with a message
    Then the spec fills the templates so:
      | template                                  | channel    | body          | line                                 |
      | I heard [#{body}] on channel [#{channel}] | my_channel | hi            | I heard [hi] on channel [my_channel] |
      | I heard [#{body}] as #{body.bytes}        | my_channel | bytes 104,105 | I heard [hi] as [104, 105]           |
      | I heard #{body.bytes}                     | my_channel | é             | I heard [195, 169]                   |

  Scenario: A command line read into its parts
    When the spec reads the MONITOR line:
      """
      1795463011.178495 [12 127.0.0.1:59528] "PUBLISH" "my_channel" "say \"hi\" \\ bye"
      """
    Then it was sent at 1795463011.178495 on database 12 from 127.0.0.1:59528
    And it is the command "publish" with the arguments:
      | PUBLISH         |
      | my_channel      |
      | say "hi" \\ bye |

  Scenario: A command a Lua script sent
    When the spec reads the MONITOR line:
      """
      1795463011.178495 [0 lua] "set" "greeting" "hello"
      """
    Then it was sent at 1795463011.178495 on database 0 from lua
    And it is the command "set" with the arguments:
      | set      |
      | greeting |
      | hello    |

  Scenario: Lines that are not commands
    Then the spec reads none of these as a MONITOR line:
      | OK                                            |
      | x1795463011.178495 [0 127.0.0.1:59528] "ping" |
      | 1795463011 [0 127.0.0.1:59528] "ping"         |
      | 1795463011.178495 [x 127.0.0.1:59528] "ping"  |
      | 1795463011.178495 [0 127.0.0.1:59528]         |
      | 1795463011.178495 [0 127.0.0.1:59528] "ping"\n1795463011.178496 [0 127.0.0.1:59528] "ping" |

  Scenario: A command is named by its first argument, quoted, and by nothing else
    Then the spec names the commands of these MONITOR lines so:
      | 1795463011.178495 [0 lua] "SET" "greeting" "hello" | set     |
      | 1795463011.178495 [0 lua] ""                       | nothing |
      | 1795463011.178495 [0 lua] ping                     | nothing |
      | 1795463011.178495 [0 lua] ping "ping"              | nothing |

  Scenario: A message on a channel the session never subscribed to with a template is printed too
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B runs "subscribe" "other_channel"
    When session A publishes "hi" to other_channel
    Then session B prints "unexpected message [hi] on channel [other_channel]"

  Scenario: A check of what a session printed says what it waited for, and each line it expected
    Given session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When session A publishes "one" to my_channel
    And session A publishes "two" to my_channel
    Then session B prints "I heard [two]"
    But checking within 300 ms that session B printed "I heard [three]" once fails with:
      """
      Waited 300 ms for session B to print "I heard [three]"; session B showed:
        I heard [one]
        I heard [two]
      """
    And checking that session B printed exactly "I heard [two]" and "I heard [one]" fails with:
      """
      session B did not print exactly:
        I heard [two]
        I heard [one]
      session B showed:
        I heard [one]
        I heard [two]
      """

  Scenario: A session's failure keeps the client's own error as its cause
    Then session D publishing "one" to my_channel fails, for the cause "session D has not started an IRB session yet"

  Scenario: A session's failure names the client's error once, when that error is the failure itself
    Then session D starting against port 70000 of the run's server fails with:
      """
      session D could not connect on the Redis server at 127.0.0.1:70000 (binary redis-server): Port should be >= 0 and < 65536. Received type number (70000).
      """
