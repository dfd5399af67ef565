Feature: How the literal driver reads the tutorial
  The literal driver runs the tutorial's own code, taken from its markdown and from nowhere
  else: sections by their headings, code from `{% irb %}` and `{% terminal %}` blocks, each
  line typed at a prompt (`$ `, or a program's own, like `redis 127.0.0.1:6379> `). A document
  it cannot read stops the run in one line that names TUTORIAL_PATH, the place, and the fix.
  The sample is the tutorial's experiments in brief (test/tutorial_sample.ts).

  Scenario: Sections by heading, blocks by tag, statements by prompt
    Text before the first heading belongs to no section, its blocks too. A tag stands alone on its
    line: none of the tags in the first lines opens or closes a block.

    Given a tutorial "short.md" reading:
      """
      Written in C# and Ruby, with tags like {% irb %}
      {% irb %} and {% endirb %} inside a line, or at its end: {% endirb %}
      {%irb%}{%endirb%}
      {%endirb%}{%irb%}
      {% terminal %}
      $ gem install redis
      {% endterminal %}

      ## Start Redis-CLI ##
        Open a terminal:
      {%terminal%}
      $ redis-cli
      redis 127.0.0.1:6379> MONITOR
      {%  endterminal  %}
        Then watch it.

      ###  Start IRB Session "B"
      Start another IRB session:

      {% irb %}
      $ redis.subscribe("my_channel") do |event|

        event.message do |channel, body|
      $ 1 + 1
      {% endirb %}
      {% irb %}
      $ 2 + 2
      {% endirb %}
      """
    When the literal driver reads it
    Then it reads:
      """
      section "Start Redis-CLI" at line 9
        prose: Open a terminal:
        prose: Then watch it.
        terminal block at line 11, after: Open a terminal:
          line 12, at "$ ": redis-cli
          line 13, at "redis 127.0.0.1:6379> ": MONITOR
      section "Start IRB Session "B"" at line 17
        prose: Start another IRB session:
        irb block at line 20, after: Start another IRB session:
          line 21, at "$ ": redis.subscribe("my_channel") do |event|
            then:   event.message do |channel, body|
          line 24, at "$ ": 1 + 1
        irb block at line 26, after: nothing
          line 27, at "$ ": 2 + 2
      """

  Scenario: Each window's code comes from its own section, each publish from wherever it stands
    Given the tutorial sample
    When the literal driver reads it
    Then it takes this code:
      """
      the Redis-CLI window runs `redis-cli` and types `MONITOR`
      session A sets up with `require 'redis'`, `redis = Redis.new`
      session A does not subscribe
      session B sets up with `require 'redis'`, `redis = Redis.new`
      session B subscribes to "my_channel" at line 26
      session C sets up with `require 'redis'`, `redis = Redis.new`
      session C subscribes to "my_channel" at line 46
      line 36 publishes "the message" to "my_channel"
      line 58 publishes "Is \"this\" thing on?" to "my_channel"
      """

  Scenario: A publish's arguments are read as Ruby reads its string literals
    Given the tutorial sample, with its section "Broadcast to the Channel" reading:
      """
      {% irb %}
      $ redis.publish("my_channel", "a tab\t, a new line\n, a return\r, an escape\e, a space\s, a null\0, a \q and a # alone")
      $ redis.publish( 'my_channel' , 'it\'s \n as typed, a \\ and a \q' )
      {% endirb %}
      """
    When the literal driver reads it
    Then its publishes are:
      """
      line 36 publishes "the message" to "my_channel"
      line 56 publishes "a tab\t, a new line\n, a return\r, an escape\u001b, a space , a null\u0000, a q and a # alone" to "my_channel"
      line 57 publishes "it's \\n as typed, a \\ and a \\q" to "my_channel"
      """

  Scenario: The Redis-CLI window is the shell command of its terminal block and what is typed at redis-cli's prompt
    Given the tutorial sample, with its section "Start Redis-CLI" reading:
      """
      {% irb %}
      $ puts "not the monitor"
      {% endirb %}
      {% terminal %}
      $ redis-cli   -n 0
      redis 127.0.0.1:6379>  MONITOR
      {% endterminal %}
      """
    When the literal driver reads it
    Then it takes this code:
      """
      the Redis-CLI window runs `redis-cli -n 0` and types `MONITOR`
      session A sets up with `require 'redis'`, `redis = Redis.new`
      session A does not subscribe
      session B sets up with `require 'redis'`, `redis = Redis.new`
      session B subscribes to "my_channel" at line 29
      session C sets up with `require 'redis'`, `redis = Redis.new`
      session C subscribes to "my_channel" at line 49
      line 39 publishes "the message" to "my_channel"
      line 61 publishes "Is \"this\" thing on?" to "my_channel"
      """

  Scenario: Only a section headed exactly Start IRB Session "X" starts a session, with its irb code alone
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% terminal %}
      $ irb
      {% endterminal %}
      {% irb %}
      $ require 'redis' # redis.subscribe and redis.publish come later
      $ redis.publish("my_channel", "hello")
      {% endirb %}

      #### Before you Start IRB Session "D"
      {% irb %}
      $ require 'json'
      {% endirb %}

      #### Start IRB Session "E" later
      {% irb %}
      $ require 'set'
      {% endirb %}
      """
    When the literal driver reads it
    Then it takes this code:
      """
      the Redis-CLI window runs `redis-cli` and types `MONITOR`
      session A sets up with `require 'redis' # redis.subscribe and redis.publish come later`
      session A does not subscribe
      session B sets up with `require 'redis'`, `redis = Redis.new`
      session B subscribes to "my_channel" at line 39
      session C sets up with `require 'redis'`, `redis = Redis.new`
      session C subscribes to "my_channel" at line 59
      line 21 publishes "hello" to "my_channel"
      line 49 publishes "the message" to "my_channel"
      line 71 publishes "Is \"this\" thing on?" to "my_channel"
      """

  Rule: A document the driver cannot read stops the run, in one line naming the place

    Scenario: A block never closed
      Given a tutorial "open.md" reading:
        """
        ### Start Redis-CLI

        {% terminal %}
        $ redis-cli
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=open.md never closes the {% terminal %} block at line 3 (section "Start Redis-CLI") (no {% endterminal %}): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A block closed by the other tag
      Given a tutorial "crossed.md" reading:
        """
        ### Start IRB Session "A"
        {% irb %}
        $ require 'redis'
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=crossed.md closes the {% irb %} block at line 2 (section "Start IRB Session "A"") with {% endterminal %}: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A block opened inside another
      Given a tutorial "nested.md" reading:
        """
        {% terminal %}
        $ irb
        {% irb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=nested.md has a {% irb %} at line 3 inside the {% terminal %} block at line 1: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An end tag that closes no block
      Given a tutorial "stray.md" reading:
        """
        ### Start IRB Session "A"
        $ require 'redis'
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=stray.md has a {% endirb %} at line 3 that closes no block: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An irb line without the `$ ` prompt, even one that shows irb's own
      Given a tutorial "prompts.md" reading:
        """
        ### Start IRB Session "A"
        {% irb %}
        irb(main):001:0> require 'redis'
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=prompts.md has a {% irb %} block at line 2 (section "Start IRB Session "A"") whose line 3 `irb(main):001:0> require 'redis'` has no prompt (`$ `): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A terminal line at no prompt at all
      Given a tutorial "prompts.md" reading:
        """
        ### Start Redis-CLI
        {% terminal %}
        $ redis-cli
          MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=prompts.md has a {% terminal %} block at line 2 (section "Start Redis-CLI") whose line 4 `MONITOR` has no prompt (`$ ` or `...> `): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An empty block
      Given a tutorial "empty.md" reading:
        """
        ### Publish in IRB Session A
        {% irb %}

        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=empty.md has a {% irb %} block at line 2 (section "Publish in IRB Session A") that is empty: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A section of the experiments missing
      Given the tutorial sample, without its section 'Start IRB Session "C"'
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has no section "Start IRB Session "C"": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A session's section without irb code
      Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
        """
        Open a new terminal and start irb.
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has no {% irb %} block in section "Start IRB Session "A"": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A Redis-CLI section that does not start redis-cli
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        $ redis-server
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md does not start `redis-cli` and type a command at its prompt in section "Start Redis-CLI": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A Redis-CLI section with no shell command
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md does not start `redis-cli` and type a command at its prompt in section "Start Redis-CLI": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A Redis-CLI section that types nothing at redis-cli's prompt
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        $ redis-cli
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md does not start `redis-cli` and type a command at its prompt in section "Start Redis-CLI": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A publish whose arguments are not plain strings
      Given the tutorial sample, with its section "Broadcast to the Channel" reading:
        """
        {% irb %}
        $ redis.publish("my_channel", "#{Time.now}: Is this thing on?")
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a statement at line 56 whose arguments are not plain strings: `redis.publish("my_channel", "#{Time.now}: Is this thing on?")`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A publish over two lines
      Given the tutorial sample, with its section "Broadcast to the Channel" reading:
        """
        {% irb %}
        $ redis.publish("my_channel", "Is this thing on?")
          .then { |receivers| puts receivers }
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a statement at line 56 whose arguments are not plain strings: `redis.publish("my_channel", "Is this thing on?")   .then { |receivers| puts receivers }`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A subscribe to a channel named by a variable
      Given the tutorial sample, with its section 'Start IRB Session "B"' reading:
        """
        {% irb %}
        $ channel = "my_channel"
        $ redis.subscribe(channel) do |event|
          end
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a statement at line 25 whose arguments are not plain strings: `redis.subscribe(channel) do |event|   end`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: No tutorial at all
      When the literal driver is prepared without TUTORIAL_PATH
      Then it is refused with:
        """
        TUTORIAL_PATH is not set: set it to the tutorial's markdown, like TUTORIAL_PATH=../shared/tutorial/redis-pubsub.md.
        """

    Scenario: A file that cannot be read
      When the literal driver reads the file "/nowhere/tutorial.md"
      Then it is refused with:
        """
        TUTORIAL_PATH=/nowhere/tutorial.md cannot be read (ENOENT): set it to the tutorial's markdown file.
        """
