Feature: How the spec reads a refusal
  A window notes what its last command got: the reply, or the error Redis refused it with, never
  the one before. The spec reads a refusal by its words: its code (the first word), whether it
  names the refused command in any case, and the other commands it names as allowed, in Redis's
  notation: `(P|S)SUBSCRIBE` is SUBSCRIBE, PSUBSCRIBE and SSUBSCRIBE, a prefix of any length (in a
  table, `\|` is a `|`). The refusal check fails on any other code, or other commands named,
  saying what it read and what it expected.

  Scenario: A window notes the last command's reply or refusal, not the one before
    Given session A starts an IRB session
    When session A tries to run "get"
    Then session A noted the refusal "ERR wrong number of arguments for 'get' command", and no reply
    When session A tries to run "ping"
    Then session A noted the reply "PONG", and no refusal
    When session A tries to run "get"
    Then session A noted the refusal "ERR wrong number of arguments for 'get' command", and no reply

  Scenario: A command that fails for another reason than a refusal fails the step, and is not noted
    Given session A starts an IRB session
    And session B starts an IRB session
    When Redis drops the connection of session B
    And session B has lost its connection
    Then session B trying to run "ping" fails with:
      """
      session B could not run ping on the Redis server at 127.0.0.1:<port> (binary redis-server): Connection is closed.
      """
    And session B noted neither a reply nor a refusal

  Scenario: What a refusal's words name
    Then the spec reads these refusals so:
      | refusal                                                                                                             | of   | code      | names it | names as allowed                                                                              |
      | ERR Can't execute 'get': only (P\|S)SUBSCRIBE / (P\|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context | get  | ERR       | yes      | PING, PSUBSCRIBE, PUNSUBSCRIBE, QUIT, RESET, SSUBSCRIBE, SUBSCRIBE, SUNSUBSCRIBE, UNSUBSCRIBE |
      | ERR Can't execute 'get': only (P)SUBSCRIBE / (P)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context       | get  | ERR       | yes      | PING, PSUBSCRIBE, PUNSUBSCRIBE, QUIT, RESET, SUBSCRIBE, UNSUBSCRIBE                           |
      | ERR Can't execute 'GET': only PING / QUIT are allowed in this context                                               | get  | ERR       | yes      | PING, QUIT                                                                                    |
      | ERR only (H\|S\|Z)SCAN, (BL\|L)MPOP and (Z\|BZ)MPOP are allowed                                                     | get  | ERR       | no       | BLMPOP, BZMPOP, HSCAN, LMPOP, MPOP, SCAN, SSCAN, ZMPOP, ZSCAN                                 |
      | ERR wrong number of arguments for 'get' command                                                                     | set  | ERR       | no       | nothing                                                                                       |
      | WRONGTYPE Operation against a key holding the wrong kind of value                                                   | lpop | WRONGTYPE | no       | nothing                                                                                       |

  Scenario: A refusal that is not an ERR fails the check
    Given Redis holds "hello" at greeting
    And session A starts an IRB session
    When session A tries to run "lpush" "greeting" "hi"
    Then expecting Redis to refuse session A's "lpush", naming PING, and RESET where the server has them, fails with:
      """
      Redis refused session A with "WRONGTYPE Operation against a key holding the wrong kind of value": not an ERR
      """

  Scenario: A refusal naming other commands than expected fails the check, saying which
    Given session A noted that Redis refused it with "ERR Can't execute 'get': only (P)SUBSCRIBE / (P)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context"
    Then Redis refuses session A's "get", naming what it still allows: PING, PSUBSCRIBE, PUNSUBSCRIBE, QUIT, RESET, SUBSCRIBE and UNSUBSCRIBE, and NOSUCHCOMMAND where the server has them
    But expecting Redis to refuse session A's "get", naming SUBSCRIBE, and PING and PUNSUBSCRIBE where the server has them, fails with:
      """
      Redis refused session A with "ERR Can't execute 'get': only (P)SUBSCRIBE / (P)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context", naming as allowed PING, PSUBSCRIBE, PUNSUBSCRIBE, QUIT, RESET, SUBSCRIBE, UNSUBSCRIBE; expected PING, PUNSUBSCRIBE, SUBSCRIBE (the server has PING, PUNSUBSCRIBE of PING, PUNSUBSCRIBE)
      """
    And expecting Redis to refuse session A's "get", naming PING, and NOSUCHCOMMAND where the server has them, fails with:
      """
      Redis refused session A with "ERR Can't execute 'get': only (P)SUBSCRIBE / (P)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context", naming as allowed PING, PSUBSCRIBE, PUNSUBSCRIBE, QUIT, RESET, SUBSCRIBE, UNSUBSCRIBE; expected PING (the server has none of NOSUCHCOMMAND)
      """

  Scenario: A refusal check that cannot ask the server which commands it has says what it asked
    Given session A noted that Redis refused it with "ERR Can't execute 'get': only PING / QUIT are allowed in this context"
    When the spec may not run COMMAND on its own connection, for this scenario
    Then expecting Redis to refuse session A's "get", naming PING, and QUIT and RESET where the server has them, fails, saying first:
      """
      the spec could not ask COMMAND INFO QUIT RESET on the Redis server at 127.0.0.1:<port> (binary redis-server): NOPERM
      """
