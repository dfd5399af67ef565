Feature: How the spec reads what the monitor showed
  The spec reads the monitor's lines by sender: a session's name, "the spec" for its own
  connection. It leaves out each client's connection handshake (HELLO, INFO, CLIENT, SELECT,
  AUTH). What the monitor has shown so far ends at a ping of the spec's own, numbered, so that
  every command Redis ran before it is in. A wait for the monitor is bounded and, when it gives
  up, says what the monitor showed.

  Scenario: Before the monitor opens, it has shown nothing
    Then the monitor, not opened, has shown nothing

  Scenario: A session's connection handshake is left out
    Given the monitor runs MONITOR
    And session A starts an IRB session
    When session A tries to run "hello"
    And session A tries to run "info" "server"
    And session A tries to run "client" "id"
    And session A tries to run "select" "0"
    And session A tries to run "auth" "nobody"
    And session A pings Redis
    Then the monitor has shown exactly:
      | session A | "ping" |

  Scenario: Each reading of what the monitor has shown so far ends at a numbered ping of the spec's own
    Given the monitor runs MONITOR
    And session A starts an IRB session
    When session A pings Redis
    Then the monitor has shown exactly:
      | session A | "ping" |
    When session A publishes "one" to my_channel
    Then the monitor has shown exactly:
      | session A | "ping"                       |
      | session A | "publish" "my_channel" "one" |
    And the windows read:
      """
      the monitor showed:
        session A: "ping"
        the spec: "ping" "everything so far 1"
        session A: "publish" "my_channel" "one"
        the spec: "ping" "everything so far 2"
      session A showed nothing
      """

  Scenario: A session's ping in the spec's words ends nothing
    Given the monitor runs MONITOR
    And session A starts an IRB session
    When session A tries to run "ping" "everything so far 1"
    Then the monitor has shown exactly:
      | session A | "ping" "everything so far 1" |

  Scenario: Commands in this order, with anything in between
    Then the spec finds these commands in order, or not:
      | the monitor showed        | looked for                | found |
      | A: ping; B: ping; A: quit | A: ping; A: quit          | yes   |
      | A: ping; A: ping          | A: ping; A: ping          | yes   |
      | A: ping                   | nothing                   | yes   |
      | A: ping; B: ping          | A: ping; B: ping; A: quit | no    |
      | B: ping; A: ping          | A: ping; B: ping          | no    |
      | A: ping                   | A: ping; A: ping          | no    |
      | A: quit                   | A: ping                   | no    |
      | nothing                   | A: ping                   | no    |

  Scenario: A wait for the monitor gives up within its bound, saying what it showed by sender
    Given the monitor runs MONITOR
    And session A starts an IRB session
    And session A pings Redis
    And the monitor shows session A sending "ping"
    Then the monitor's reader, waiting 300 ms for session A sending "quit", fails with:
      """
      Waited 300 ms for the monitor to show session A sending "quit"; the monitor showed:
        session A: "ping"
      """

  Scenario: A scenario that never started the monitor is told so at once
    Given session A starts an IRB session
    Then the monitor's reader, waiting 300 ms for what it has shown so far, fails with:
      """
      Awaited the monitor to show everything so far, but no monitor was started: begin the scenario with "Given the monitor runs MONITOR"
      """
    And the monitor's reader, waiting 300 ms for session A sending "ping", fails with:
      """
      Awaited the monitor to show session A sending "ping", but no monitor was started: begin the scenario with "Given the monitor runs MONITOR"
      """

  Scenario: What a monitor that never started has shown so far cannot be read
    Given the monitor is opened, but never runs MONITOR
    Then the monitor's reader, waiting 300 ms for what it has shown so far, fails with:
      """
      Waited 300 ms for the monitor to show the spec sending "ping" "everything so far 1"; the monitor showed nothing
      """
