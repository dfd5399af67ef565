Feature: The client driver's monitor, on a bare socket
  The client driver's monitor sends MONITOR (after AUTH, when the server wants a password) on a
  socket of its own and starts once the server answered each with OK; a refusal of either fails
  the start, naming the server. Its own transcript shows each line as the client's address in
  brackets and the command.

  Scenario: The monitor's transcript shows each line's address and command
    Given session A starts an IRB session
    And a monitor of the spec's own runs MONITOR
    When session A pings Redis
    Then that monitor's transcript reads, with <session A> for its address:
      """
      the monitor showed:
        [<session A>] "ping"
      """

  Scenario: A monitor that never started stops quietly
    Then a monitor of the spec's own that never started stops quietly

  Scenario: A monitor whose AUTH is accepted but whose MONITOR is refused does not start
    Given the spec starts a second redis-server
    And it requires the password "s3cret"
    And its default user, with the password "s3cret", may not run MONITOR
    Then a monitor with the password "s3cret" is refused, saying first:
      """
      the monitor was refused by the Redis server at 127.0.0.1:<its port> (url redis://***@127.0.0.1:<its port>): -NOPERM
      """
