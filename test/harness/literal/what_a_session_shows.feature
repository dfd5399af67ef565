Feature: What a tutorial's session shows and prints
  Under SESSION_DRIVER=literal a session reads irb's terminal line by line: a line that starts
  with `=> ` is a result, the line that ends with what was typed is its echo, a last line like
  `>> ` or `?> ` that nothing ended yet is the prompt (output left open, like `a>b>` for half a
  second, is not), and every other line is output. The
  session shows its results and its output, not its prompts, the empty line irb 1.13 shows before
  each (reading_irbs_screen.feature), nor the echo; it prints its output
  only, as a reader sees it in the window. `#<Redis client …>` stands for the redis gem's client, whose text names
  the gem's version and the server's URL.
  `\r` stands for a carriage return.

  Scenario: A session shows irb's results and output, and prints the output
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ require 'redis'
      $ puts "ready"
      $ print "over\rwritten\n"
      $ puts "nothing undefined"
      $ print "a>b>"; $stdout.flush; sleep 0.5; puts
      $ redis = Redis.new
      {% endirb %}
      """
    When the literal driver reads it
    And the tutorial's session A starts
    Then the tutorial's session A has shown:
      """
      => true
      ready
      => nil
      over\rwritten
      => nil
      nothing undefined
      => nil
      a>b>
      => nil
      => #<Redis client …>
      """
    And the tutorial's session A has printed:
      """
      ready
      over\rwritten
      nothing undefined
      a>b>
      """
    And waiting 100 ms for the tutorial's session A to print "steady" fails with:
      """
      Waited 100 ms for session A to print "steady"; session A showed:
        ready
        over\rwritten
        nothing undefined
        a>b>
      """

  Scenario: A session that has not started has shown nothing
    Given the tutorial sample
    When the literal driver reads it
    Then the tutorial's session A has shown nothing
