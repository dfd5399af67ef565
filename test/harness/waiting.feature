Feature: How a step waits
  A step waits for what it expects, bounded by WAIT_TIMEOUT_MS. Once a wait is over, however it
  ended (met at once, met later, or out of time), it looks no more: a long scenario does not
  pile up waits that still listen.

  Scenario: Waits that are over look no more
    Given a window that showed "one"
    When the spec waits for it to show "one", and it has
    And the spec waits for it to show "two", and it then does
    And the spec waits 50 ms for it to show "three", and it never does
    And the window shows "four" and "five"
    Then no wait looked again after it was over
