Feature: What the report shows of a scenario
  Where a scenario ends, at its last step or at the step that did not pass, the report shows what
  the run ran against and each window the scenario used, by name, with what it showed; at every
  other step, nothing. (test/report.test.ts and the browser check read the HTML report itself.)

  Scenario: Where a scenario ends, the report shows the run and each window
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session B starts an IRB session
    And session B subscribes to my_channel, printing "I heard [#{body}]" for each message
    When session A publishes "one" to my_channel
    Then session B prints "I heard [one]"
    And the report shows nothing after step 1 of 3 that passed
    But after step 3 of 3 that passed, and after step 1 of 3 that failed, it shows the run and:
      | the monitor | the monitor showed:\n  session B: "subscribe" "my_channel"\n  session A: "publish" "my_channel" "one" |
      | session A   | session A showed nothing                                                                                |
      | session B   | session B showed:\n  I heard [one]                                                                      |
