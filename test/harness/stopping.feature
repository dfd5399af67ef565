Feature: What a run started is stopped, however the run ends
  Each server is registered the moment it exists, and stopped at the end, when the start fails,
  or on a signal (test/leaks.test.ts sends those). Each stop is bounded, so a stop that hangs
  cannot keep the run from ending, and what could not be stopped is named.

  Scenario: Everything registered is stopped once; what was stopped the ordinary way is not
    Given the spec registers "server 1", "server 2" and "server 3" to be stopped
    And "server 2" was stopped the ordinary way
    When everything registered is stopped, twice over
    Then "server 1" and "server 3" were stopped once each, and "server 2" never
    And nothing was left running

  Scenario: A stop that hangs is given up on, and the others are still stopped
    Given stops are bounded by 50 ms
    And the spec registers "server 1" that never stops, and "server 2" that fails with "it is gone already"
    And the spec registers "server 3" to be stopped
    When everything registered is stopped
    Then "server 3" was stopped once
    And what was left running is:
      | Waited 50 ms for a Redis server the run started to stop; it did not |
      | it is gone already                                                  |
