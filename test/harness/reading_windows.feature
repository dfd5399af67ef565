Feature: How the spec reads and writes the windows' lines
  A subscriber's puts fills its template with the message: `#{body}` as text, `#{body.bytes}` as
  Ruby prints bytes, `#{channel}`. MONITOR prints each command as its time, the database and the
  client's address in brackets, then each argument quoted; the spec reads it so, and nothing else
  as a command.

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
