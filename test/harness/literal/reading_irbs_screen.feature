Feature: How a session reads irb's screen, as irb 1.4 and irb 1.13 show it
  A session reads irb's terminal a line at a time, as it arrives, and knows what it typed: the line
  that ends with it is its echo, a line that starts with `=> ` is a result, a last line that nothing
  ended yet and that is one of irb's simple prompts (`>> `; `?> ` where a statement goes on; `"> `
  and the like where a literal does) is the prompt, and any other line is output, which the session
  prints. irb 1.13, on a terminal, shows an empty line before every prompt, its first included;
  irb 1.4 shows none. An irb whose first prompt came after an empty line is read as one that spaces
  its prompts: in it, the empty line right before a prompt is irb's spacing, neither shown by the
  session nor printed. Every other empty line is output, whichever irb shows it.
  Each screen here is one that irb really showed under util-linux `script`, started as a session
  starts it, with the lines typed one at each prompt; each line of it is a JSON string, one chunk as
  the terminal gave it. The chunks fall differently from one run to the next: read a character at
  a time, the screen reads the same. `\t` stands for a tab.

  Scenario: irb 1.4.1 (Ruby 3.1.2, Debian 12) shows no empty line of its own
    Given the screen irb "1.4.1" showed under script, in the chunks the terminal gave:
      """
      ">> "
      "require \"redis\"\r\n"
      "=> true\r\n"
      ">> "
      "puts \"ready\"\r\n"
      "ready\r\n=> nil\r\n"
      ">> "
      "puts \"\"\r\n"
      "\r\n"
      "=> nil\r\n"
      ">> "
      "puts \"\";\r\n"
      "\r\n=> nil\r\n"
      ">> "
      "puts \"over\r\n\"> "
      "two lines\"\r\n"
      "over\r\ntwo lines\r\n=> nil\r\n"
      ">> "
      "redis = Redis.new\r\n"
      "=> ...\r\n>> "
      "def heard(body)\r\n"
      ">>   "
      "  puts \"I heard [#{body}]\"\r\n"
      ">>   "
      "end\r\n"
      "=> :heard\r\n>> "
      "raise \"boom\"\r\n"
      "(irb):11:in `<main>': \u001b[1mboom (\u001b[1;4mRuntimeError\u001b[m\u001b[1m)\u001b[m\r\n\tfrom /usr/lib/ruby/gems/3.1.0/gems/irb-1.4.1/exe/irb:11:in `<top (required)>'\r\n\tfrom /usr/bin/irb:25:in `load'\r\n\tfrom /usr/bin/irb:25:in `<main>'\r\n"
      ">> "
      """
    When a session reads it, typing at each prompt a line of:
      """
      require "redis"
      puts "ready"
      puts ""
      puts "";
      puts "over
      two lines"
      redis = Redis.new
      def heard(body)
        puts "I heard [#{body}]"
      end
      raise "boom"
      """
    Then the session reads:
      | kind   | text                                                                            |
      | prompt | >>                                                                              |
      | echo   | >> require "redis"                                                              |
      | result | => true                                                                         |
      | prompt | >>                                                                              |
      | echo   | >> puts "ready"                                                                 |
      | output | ready                                                                           |
      | result | => nil                                                                          |
      | prompt | >>                                                                              |
      | echo   | >> puts ""                                                                      |
      | output |                                                                                 |
      | result | => nil                                                                          |
      | prompt | >>                                                                              |
      | echo   | >> puts "";                                                                     |
      | output |                                                                                 |
      | result | => nil                                                                          |
      | prompt | >>                                                                              |
      | echo   | >> puts "over                                                                   |
      | prompt | ">                                                                              |
      | echo   | "> two lines"                                                                   |
      | output | over                                                                            |
      | output | two lines                                                                       |
      | result | => nil                                                                          |
      | prompt | >>                                                                              |
      | echo   | >> redis = Redis.new                                                            |
      | result | => ...                                                                          |
      | prompt | >>                                                                              |
      | echo   | >> def heard(body)                                                              |
      | prompt | >>                                                                              |
      | echo   | >>     puts "I heard [#{body}]"                                                 |
      | prompt | >>                                                                              |
      | echo   | >>   end                                                                        |
      | result | => :heard                                                                       |
      | prompt | >>                                                                              |
      | echo   | >> raise "boom"                                                                 |
      | output | (irb):11:in `<main>': boom (RuntimeError)                                       |
      | output | \tfrom /usr/lib/ruby/gems/3.1.0/gems/irb-1.4.1/exe/irb:11:in `<top (required)>' |
      | output | \tfrom /usr/bin/irb:25:in `load'                                                |
      | output | \tfrom /usr/bin/irb:25:in `<main>'                                              |
      | prompt | >>                                                                              |
    And the session printed:
      """
      ready


      over
      two lines
      (irb):11:in `<main>': boom (RuntimeError)
      \tfrom /usr/lib/ruby/gems/3.1.0/gems/irb-1.4.1/exe/irb:11:in `<top (required)>'
      \tfrom /usr/bin/irb:25:in `load'
      \tfrom /usr/bin/irb:25:in `<main>'
      """
    And read a character at a time, it reads the same

  Scenario: irb 1.13.1 (Ruby 3.3.8, Debian 13) spaces its prompts
    Given the screen irb "1.13.1" showed under script, in the chunks the terminal gave:
      """
      "\r\n>> "
      "require \"redis\"\r\n"
      "=> true\r\n"
      "\r\n"
      ">> "
      "puts \"ready\"\r\n"
      "ready\r\n"
      "=> nil\r\n"
      "\r\n>> "
      "puts \"\"\r\n\r\n=> nil\r\n"
      "\r\n>> "
      "puts \"\";\r\n\r\n\r\n>> "
      "puts \"over\r\n\r\n\"> "
      "two lines\"\r\n"
      "over\r\ntwo lines\r\n"
      "=> nil\r\n\r\n>> "
      "redis = Redis.new\r\n=> ...\r\n"
      "\r\n>> "
      "def heard(body)\r\n"
      "\r\n?>   "
      "  puts \"I heard [#{body}]\"\r\n\r\n?>   "
      "end\r\n"
      "=> :heard\r\n\r\n>> "
      "raise \"boom\"\r\n(irb):11:in `<main>': boom (RuntimeError)\r\n\tfrom <internal:kernel>:187:in `loop'\r\n\tfrom /usr/lib/ruby/gems/3.3.0/gems/irb-1.13.1/exe/irb:9:in `<top (required)>'\r\n\tfrom /usr/bin/irb:25:in `load'\r\n\tfrom /usr/bin/irb:25:in `<main>'\r\n"
      "\r\n>> "
      """
    When a session reads it, typing at each prompt a line of:
      """
      require "redis"
      puts "ready"
      puts ""
      puts "";
      puts "over
      two lines"
      redis = Redis.new
      def heard(body)
        puts "I heard [#{body}]"
      end
      raise "boom"
      """
    Then the session reads:
      | kind    | text                                                                            |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> require "redis"                                                              |
      | result  | => true                                                                         |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> puts "ready"                                                                 |
      | output  | ready                                                                           |
      | result  | => nil                                                                          |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> puts ""                                                                      |
      | output  |                                                                                 |
      | result  | => nil                                                                          |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> puts "";                                                                     |
      | output  |                                                                                 |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> puts "over                                                                   |
      | spacing |                                                                                 |
      | prompt  | ">                                                                              |
      | echo    | "> two lines"                                                                   |
      | output  | over                                                                            |
      | output  | two lines                                                                       |
      | result  | => nil                                                                          |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> redis = Redis.new                                                            |
      | result  | => ...                                                                          |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> def heard(body)                                                              |
      | spacing |                                                                                 |
      | prompt  | ?>                                                                              |
      | echo    | ?>     puts "I heard [#{body}]"                                                 |
      | spacing |                                                                                 |
      | prompt  | ?>                                                                              |
      | echo    | ?>   end                                                                        |
      | result  | => :heard                                                                       |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
      | echo    | >> raise "boom"                                                                 |
      | output  | (irb):11:in `<main>': boom (RuntimeError)                                       |
      | output  | \tfrom <internal:kernel>:187:in `loop'                                          |
      | output  | \tfrom /usr/lib/ruby/gems/3.3.0/gems/irb-1.13.1/exe/irb:9:in `<top (required)>' |
      | output  | \tfrom /usr/bin/irb:25:in `load'                                                |
      | output  | \tfrom /usr/bin/irb:25:in `<main>'                                              |
      | spacing |                                                                                 |
      | prompt  | >>                                                                              |
    And the session printed:
      """
      ready


      over
      two lines
      (irb):11:in `<main>': boom (RuntimeError)
      \tfrom <internal:kernel>:187:in `loop'
      \tfrom /usr/lib/ruby/gems/3.3.0/gems/irb-1.13.1/exe/irb:9:in `<top (required)>'
      \tfrom /usr/bin/irb:25:in `load'
      \tfrom /usr/bin/irb:25:in `<main>'
      """
    And read a character at a time, it reads the same
