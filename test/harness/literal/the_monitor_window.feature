Feature: The tutorial's Redis-CLI window
  Under SESSION_DRIVER=literal the monitor is the program the tutorial's Redis-CLI section starts,
  given `-u` and the server's URL, with `MONITOR` typed into it. It has started once it answered
  `OK`; until then, whatever it printed is kept, on standard output or error, to say why it did not.
  A program that cannot start, exits, or does not answer in time fails the step, naming it and
  quoting what it printed (` | ` between its lines); one that ends later ends every wait on the
  monitor at once. Stopping the monitor ends its program. `<WAIT_TIMEOUT_MS>` stands for that
  setting's value.

  Scenario Outline: A monitor that does not start: <command>
    Given the tutorial sample, with its section "Start Redis-CLI" reading:
      """
      {% terminal %}
      $ <command>
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      """
    When the literal driver reads it
    Then the tutorial's monitor starting fails with:
      """
      <failure>
      """

    Examples:
      | command                        | failure                                                                                                                                                                                                         |
      | redis-cli -r 0 ping            | redis-cli exited (code 0); it printed: nothing                                                                                                                                                                  |
      | redis-cli config get maxmemory | redis-cli exited (code 0); it printed: maxmemory \| 0                                                                                                                                                           |
      | redis-cli -p 1                 | Waited <WAIT_TIMEOUT_MS> ms for redis-cli to answer MONITOR with OK; it printed: Could not connect to Redis at 127.0.0.1:1: Connection refused \| Could not connect to Redis at 127.0.0.1:1: Connection refused |
      | redis-cli blpop no_list 0      | Waited <WAIT_TIMEOUT_MS> ms for redis-cli to answer MONITOR with OK; it printed: nothing                                                                                                                        |

  Scenario: A monitor whose program cannot start
    Given the tutorial sample
    When the literal driver reads it
    Then the tutorial's monitor starting with PATH="/nonexistent" fails with:
      """
      the monitor could not start redis-cli: spawn redis-cli ENOENT
      """

  Scenario: Stopping the monitor ends its redis-cli
    Given the tutorial sample
    When the literal driver reads it
    And the tutorial's monitor starts
    And the tutorial's monitor stops
    Then none of the processes it started is left

  Scenario: A monitor that never started stops at once
    Given the tutorial sample
    When the literal driver reads it
    Then the tutorial's monitor, never started, stops at once

  Scenario: A redis-cli that ends after MONITOR ends the waits on the monitor at once
    Given the spec starts a second redis-server
    And a client is connected to it
    And the tutorial sample
    When the literal driver reads it
    And the tutorial's monitor starts on it
    And the client runs the Lua script "return redis.call('ping')" on it
    Then the tutorial's monitor shows "\"ping\"" from lua
    When the tutorial's monitor's redis-cli is killed with SIGTERM
    Then waiting for the tutorial's monitor to show "\"publish\"" fails at once with:
      """
      Awaited the monitor to show "publish", but redis-cli exited (SIGTERM); it printed: nothing; the monitor showed:
        [<client>] "eval" "return redis.call('ping')" "0"
        [lua] "ping"
      """
