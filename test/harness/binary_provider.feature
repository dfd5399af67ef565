Feature: The redis-server the spec starts
  The binary provider starts REDIS_SERVER_BIN on a free loopback port, persisting nothing,
  and stops it; one that cannot start is named with the fix, and nothing it started is left.
  Redis acts on SIGTERM at its next timer tick, so the server ticks 100 times a second.

  Scenario: The server listens on loopback only, persists nothing and stops at once
    Then the server the spec started listens on loopback only
    And the server's configuration has:
      | save       |     |
      | appendonly | no  |
      | hz         | 100 |

  Scenario: A server the spec starts and stops is gone
    When the spec starts a second redis-server
    Then it answers PING with "PONG"
    When the spec stops it
    Then its process is gone

  Scenario: A server that is never ready is stopped
    When the spec starts REDIS_SERVER_BIN=test/fixtures/never-ready-redis-server allowing 300 ms
    Then it is refused with:
      """
      SERVER_START_TIMEOUT_MS=300 passed before test/fixtures/never-ready-redis-server was ready (it logged nothing): raise SERVER_START_TIMEOUT_MS, or check REDIS_SERVER_BIN.
      """
    And its process is gone

  Scenario: A server that stalls is named by the last line it logged
    When the spec starts REDIS_SERVER_BIN=test/fixtures/stalling-redis-server allowing 300 ms
    Then it is refused with:
      """
      SERVER_START_TIMEOUT_MS=300 passed before test/fixtures/stalling-redis-server was ready (it logged "Loading the dataset"): raise SERVER_START_TIMEOUT_MS, or check REDIS_SERVER_BIN.
      """
    And its process is gone

  Scenario Outline: A server that cannot start is named, with the fix
    When the spec starts REDIS_SERVER_BIN=<binary>
    Then it is refused with:
      """
      <line>
      """

    Examples:
      | binary                                      | line                                                                                                                                                                |
      | /nowhere/redis-server                       | REDIS_SERVER_BIN=/nowhere/redis-server was not found: install Redis (apt-get install redis-server) or set REDIS_SERVER_BIN to redis-server's path.                 |
      | ./package.json                              | REDIS_SERVER_BIN=./package.json cannot be run (EACCES): set REDIS_SERVER_BIN to redis-server's path.                                                                  |
      | ./package.json/redis-server                 | REDIS_SERVER_BIN=./package.json/redis-server cannot be run (ENOTDIR): set REDIS_SERVER_BIN to redis-server's path.                                                   |
      | /bin/false                                  | REDIS_SERVER_BIN=/bin/false exited (code 1) before it was ready, logging nothing: set REDIS_SERVER_BIN to a redis-server that runs.                                 |
      | test/fixtures/complaining-redis-server      | REDIS_SERVER_BIN=test/fixtures/complaining-redis-server exited (code 1) before it was ready, logging "FATAL: no config": set REDIS_SERVER_BIN to a redis-server that runs. |
