Feature: Starting a run
  Before its first scenario a run checks its driver, starts its server, connects to it on a
  connection of its own, and says first what it runs against. What cannot start is said in one
  line, and what did start is stopped.

  Scenario: The run says first what it runs against
    When the spec starts a run with REDIS_SERVER_BIN=test/fixtures/recorded-redis-server
    Then its header reads "Redis <version>, binary test/fixtures/recorded-redis-server at 127.0.0.1:<its port>; sessions: ioredis, RESP2"
    And its own connection is the one at its address

  Scenario: A server that says it is ready but does not answer is named, and stopped
    When the spec starts a run with REDIS_SERVER_BIN=test/fixtures/deaf-redis-server
    Then it is refused with:
      """
      binary test/fixtures/deaf-redis-server started, but does not answer: connect ECONNREFUSED 127.0.0.1:<its port>
      """
    And its process is gone

  Scenario: A REDIS_URL where nothing answers is named, with the fix
    When the spec starts a run with REDIS_URL=redis://127.0.0.1:1
    Then it is refused with:
      """
      REDIS_URL=redis://127.0.0.1:1 does not answer (connect ECONNREFUSED 127.0.0.1:1): start Redis there, or fix REDIS_URL.
      """

  Scenario: The version a header shows, from INFO server
    Then the spec reads these versions:
      | redis_version:7.0.15\nredis_mode:standalone           | 7.0.15             |
      | redis_version:7.2.4\nvalkey_version:8.1.0\n         | (Valkey 8.1.0)     |
      | # Server\nredis_version: 6.2.23 \nos:Linux          | 6.2.23             |
      | # Server\nmy_redis_version:1\nredis_version_x:2     | of unknown version |

  Scenario: What the user reads when a run cannot start
    Then a failed start reads so:
      | REDIS_URL=x is not a URL: set it like REDIS_URL=redis://127.0.0.1:6379. | a setting | REDIS_URL=x is not a URL: set it like REDIS_URL=redis://127.0.0.1:6379. |
      | connect ECONNREFUSED\n    at TCPConnectWrap                           | an error  | Could not start Redis: connect ECONNREFUSED                             |
      | no Docker                                                             | a string  | Could not start Redis: no Docker                                        |
