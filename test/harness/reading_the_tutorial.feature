Feature: How the literal driver reads the tutorial
  The literal driver runs the tutorial's own code, taken from its markdown and from nowhere
  else, read as a reader reads it: the code blocks in document order, whatever the headings say.
  The `{% terminal %}` block that starts `redis-cli` and types `MONITOR` is the monitor; each
  `{% irb %}` block that makes a `Redis.new` opens the next session, A, B, C; any other irb block
  goes on in the session that can still take input (one blocked in `subscribe` cannot), and when
  several can, in the one the prose before it names. Install steps are no window. The document is
  read as its site reads it: CommonMark (markdown-it) with Jekyll's front matter and its Liquid
  block tags, each alone on its line. In an irb block a statement goes on while Ruby's syntax
  leaves it open, and starts at a prompt, `$ ` or `> `; in a terminal block each line is typed at
  a prompt, or at a program's own, like `redis 127.0.0.1:6379> `. A promised
  output is found by its phrasing wherever it stands, and belongs to the window its sentence
  names, by letter or by ordinal. A document it cannot read stops the run in one line that names
  TUTORIAL_PATH, the place, and the fix. The sample is the tutorial's experiments in brief
  (test/tutorial_sample.ts).

  Scenario: Blocks by tag in document order, statements by Ruby's syntax
    A tag stands alone on its line, with spaces or without, `{%- -%}` too. Front matter is not
    prose; a paragraph is one entry, its lines joined. In an irb block a line that leaves a Ruby
    expression open is continued by the next, blank lines aside, whatever prompt it shows; in a
    terminal block each line is typed at a prompt.

    Given a tutorial "short.md" reading:
      """
      ---
      title: short
      ---
      Written in C# and Ruby,
      with tags on lines of their own.
      {% terminal %}
      > gem install redis
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
      > redis.subscribe("my_channel") do |event|

        event.message do |channel, body|
      $ puts body
        end
      end
      $ 1 + 1
      {% endirb %}
      {%- irb -%}
      $ 2 +
        2
      {% endirb %}
      """
    When the literal driver reads the text alone
    Then it reads:
      """
      before any heading
        prose: Written in C# and Ruby, with tags on lines of their own.
        terminal block at line 6, after: Written in C# and Ruby, with tags on lines of their own.
          line 7, at "> ": gem install redis
      section "Start Redis-CLI" at line 10
        prose: Open a terminal:
        terminal block at line 12, after: Open a terminal:
          line 13, at "$ ": redis-cli
          line 14, at "redis 127.0.0.1:6379> ": MONITOR
        prose: Then watch it.
      section "Start IRB Session "B"" at line 18
        prose: Start another IRB session:
        irb block at line 21, after: Then watch it. / Start another IRB session:
          line 22, at "> ": redis.subscribe("my_channel") do |event|
            then:   event.message do |channel, body|
            then: puts body
            then:   end
            then: end
          line 28, at "$ ": 1 + 1
        irb block at line 30, after: nothing
          line 31, at "$ ": 2 +
            then:   2
      """
    And its sections are:
      """
      "Start Redis-CLI", line 10: blocks at 12, prose: Open a terminal: / Then watch it.
      "Start IRB Session "B"", line 18: blocks at 21 and 30, prose: Start another IRB session:
      """

  Scenario: Front matter only at the very top: further down, `---` under a line makes it a heading, as in CommonMark
    Given a tutorial "rule.md" reading:
      """
      Before the rule
      ---
      ## Start
      {% terminal %}
      $ irb
      {% endterminal %}
      """
    When the literal driver reads the text alone
    Then it reads:
      """
      section "Before the rule" at line 1
      section "Start" at line 3
        terminal block at line 4, after: nothing
          line 5, at "$ ": irb
      """

  Scenario: A line of spaces is a blank line, in the prose and in a block
    Given a tutorial "spaces.md" reading, with ␣ for a space:
      """
      ## Start
      ␣␣
      Open irb:
      {% irb %}
      $ redis = Redis.new(
      ␣␣␣
        url: "redis://127.0.0.1")
      {% endirb %}
      """
    When the literal driver reads the text alone
    Then it reads:
      """
      section "Start" at line 1
        prose: Open irb:
        irb block at line 4, after: Open irb:
          line 5, at "$ ": redis = Redis.new(
            then:   url: "redis://127.0.0.1")
      """

  Scenario: A session for each Redis.new, each other block in the free one
    Given the tutorial sample
    When the literal driver reads it
    Then it places the blocks:
      """
      line 9, terminal: the monitor
      line 16, irb: opens session A
      line 23, irb: opens session B
      line 35, irb: session A
      line 43, irb: opens session C
      line 57, irb: session A
      """
    And it takes this code:
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

  Scenario: A Redis.new over several lines opens its session
    Given a tutorial "options.md" reading:
      """
      {% terminal %}
      $ redis-cli
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      {% irb %}
      $ redis = Redis.new(
          host: "127.0.0.1",
          port: 6379)
      {% endirb %}
      """
    When the literal driver reads it
    Then it places the blocks:
      """
      line 1, terminal: the monitor
      line 5, irb: opens session A
      """

  Scenario: Only a statement that starts with a subscribe or publish call is one
    Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
      """
      {% irb %}
      $ redis = Redis.new
      $ listener = Thread.new { Redis.new.subscribe("my_channel") { |on| on.message { |_, body| puts body } } }
      $ announce = ->(body) { redis.publish("my_channel", body) }
      {% endirb %}
      """
    When the literal driver reads it
    Then it takes this code:
      """
      the Redis-CLI window runs `redis-cli` and types `MONITOR`
      session A sets up with `redis = Redis.new`, `listener = Thread.new { Redis.new.subscribe("my_channel") { |on| on.message { |_, body| puts body } } }`, `announce = ->(body) { redis.publish("my_channel", body) }`
      session A does not subscribe
      session B sets up with `require 'redis'`, `redis = Redis.new`
      session B subscribes to "my_channel" at line 27
      session C sets up with `require 'redis'`, `redis = Redis.new`
      session C subscribes to "my_channel" at line 47
      line 37 publishes "the message" to "my_channel"
      line 59 publishes "Is \"this\" thing on?" to "my_channel"
      """

  Scenario: Promises by phrasing, for the window named, after the block before
    Given the tutorial sample
    When the literal driver reads it
    Then its promises are:
      """
      line 39: session B prints `I heard [the message] on [my_channel]` after the block at line 35
      line 61: session B prints `I heard...` after the block at line 57
      line 62: session C prints `I think...` after the block at line 57
      """

  Scenario: Observations of the redis-cli window, read with the tutorial's code
    A sentence observes the redis-cli window when it names that window (or tab, or terminal) and
    says to see, observe, notice or watch something there. "A subscriber added" is a SUBSCRIBE from
    the session that just subscribed; "the second subscriber" a SUBSCRIBE from the second session
    to subscribe; "a message was posted" a PUBLISH, from the session that published, of what it
    published. Each stands at its own line, and is about the block before it.

    Given a tutorial "observed.md" reading:
      """
      {% terminal %}
      $ redis-cli
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      {% irb %}
      $ redis = Redis.new
      {% endirb %}
      {% irb %}
      $ redis = Redis.new
      $ redis.subscribe("my_channel") do |event|
        end
      {% endirb %}
      Observe that in the redis-CLI terminal window, you see a subscriber added.
      {% irb %}
      $ redis.publish("my_channel", "the message")
      {% endirb %}
      * In the redis-CLI window you see that
        a message was posted
      * Watch the redis-cli tab: you see a subscriber added
      {% irb %}
      $ redis = Redis.new
      $ redis.subscribe("my_channel") do |event|
        end
      {% endirb %}
      Make sure that you see the second subscriber in the redis-cli terminal window.

      In the Redis-CLI window, notice two new subscribers.

      The third subscriber shows in the redis-cli window, you see.
      """
    When the literal driver reads it
    Then its observations of the redis-cli window are:
      """
      line 13: `a subscriber added` after the block at line 8, read as a SUBSCRIBE from session B, the session that just subscribed (its block at line 8)
      line 18: `a message was posted` after the block at line 14, read as a PUBLISH from session A of what its block at line 14 publishes: "the message" to my_channel
      line 19: `a subscriber added` after the block at line 14, read as a SUBSCRIBE from the session that just subscribed: none did in its block at line 14
      line 25: `the second subscriber` after the block at line 20, read as a SUBSCRIBE from session C, the second session to subscribe
      line 27: `two new subscribers` after the block at line 20, read as 2 SUBSCRIBEs, each from a session of its own, one of them session C, the session that just subscribed (its block at line 20)
      line 29: `The third subscriber` after the block at line 20, read as a SUBSCRIBE from the third session to subscribe, which the tutorial's code does not have
      """

  Scenario: Headings renamed or merged, installs moved, `> ` prompts: same windows
    Given a tutorial "revised.md" reading:
      """
      ## Try it

      Install Redis and its gem, then watch Redis in one window:

      {% terminal %}
      > brew install redis
      > gem install redis
      {% endterminal %}

      {% terminal %}
      > redis-cli
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}

      Open irb in two more windows:

      {% terminal %}
      > irb
      {% endterminal %}

      {% irb %}
      > require 'redis'
      > redis = Redis.new
      {% endirb %}

      {% irb %}
      > require 'redis'
      > redis = Redis.new
      > redis.subscribe("my_channel") do |event|
        event.message do |channel, body|
          puts "I heard [#{body}] on channel [#{channel}]"
        end
      end
      {% endirb %}

      Publish a message, and Session B prints `I heard [the message] on channel [my_channel]`:

      {% irb %}
      > redis.publish("my_channel", "the message")
      {% endirb %}
      """
    When the literal driver reads it
    Then it places the blocks:
      """
      line 5, terminal: no window
      line 10, terminal: the monitor
      line 17, terminal: no window
      line 21, irb: opens session A
      line 26, irb: opens session B
      line 38, irb: session A
      """
    And its promises are:
      """
      line 36: session B prints `I heard [the message] on channel [my_channel]` after the block at line 38
      """

  Scenario: Install steps, however spaced, and starting irb are no window
    Given the tutorial sample, with its section "Start Redis-CLI" reading:
      """
      {% terminal %}
      $ sudo apt-get install redis-server ruby
      $ sudo  apt install redis-tools
      $   gem  install redis
      $ bundle install
      $ irb
      {% endterminal %}

      {% terminal %}
      $ redis-cli
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      """
    When the literal driver reads it
    Then it places the blocks:
      """
      line 9, terminal: no window
      line 17, terminal: the monitor
      line 24, irb: opens session A
      line 31, irb: opens session B
      line 43, irb: session A
      line 51, irb: opens session C
      line 65, irb: session A
      """

  Scenario: When two sessions can take input, the prose before says which
    Given a tutorial "two_free.md" reading:
      """
      {% terminal %}
      $ redis-cli
      redis 127.0.0.1:6379> MONITOR
      {% endterminal %}
      {% irb %}
      $ redis = Redis.new
      {% endirb %}
      {% irb %}
      $ redis = Redis.new
      {% endirb %}
      Back in session B, publish:
      {% irb %}
      $ redis.publish("my_channel", "from B")
      {% endirb %}
      Then in the first IRB session:
      {% irb %}
      $ redis.publish("my_channel", "from A")
      {% endirb %}
      In session B again,
      publish once more:
      {% irb %}
      $ redis.publish("my_channel", "from B again")
      {% endirb %}
      """
    When the literal driver reads it
    Then it places the blocks:
      """
      line 1, terminal: the monitor
      line 5, irb: opens session A
      line 8, irb: opens session B
      line 12, irb: session B
      line 16, irb: session A
      line 21, irb: session B
      """

  Scenario: A sentence names a window by letter, or by ordinal in the order the sessions opened
    Then with the sessions A to F open, the sentences name the windows:
      | sentence                                           | window    |
      | In IRB Session "B" you get the output              | session B |
      | Back in session C, publish                         | session C |
      | Again, back in the first IRB session               | session A |
      | The second IRB window outputs                      | session B |
      | the third IRB tab                                  | session C |
      | In the Fourth IRB window                           | session D |
      | the fifth irb session                              | session E |
      | THE SIXTH IRB WINDOW                               | session F |
      | the other IRB session                              | none      |
      | the seventh IRB window                             | none      |
      | the second window                                  | none      |

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

  Scenario: A publish whose arguments stand on lines of their own is one statement, as Ruby reads it
    Given the tutorial sample, with its section "Broadcast to the Channel" reading:
      """
      {% irb %}
      $ redis.publish(
          "my_channel",
          "Is this thing on?"
        )
      {% endirb %}
      """
    When the literal driver reads it
    Then its publishes are:
      """
      line 36 publishes "the message" to "my_channel"
      line 56 publishes "Is this thing on?" to "my_channel"
      """

  Scenario: The Redis-CLI window is the shell command of its terminal block and what is typed at redis-cli's prompt
    The line typed is the one that is `MONITOR`, not one that only contains it.

    Given the tutorial sample, with its section "Start Redis-CLI" reading:
      """
      {% terminal %}
      $   redis-cli   -n 0
      redis 127.0.0.1:6379> ECHO monitor
      redis 127.0.0.1:6379> MONITOR ON
      redis 127.0.0.1:6379>  monitor
      {% endterminal %}
      """
    When the literal driver reads it
    Then it takes this code:
      """
      the Redis-CLI window runs `redis-cli -n 0` and types `monitor`
      session A sets up with `require 'redis'`, `redis = Redis.new`
      session A does not subscribe
      session B sets up with `require 'redis'`, `redis = Redis.new`
      session B subscribes to "my_channel" at line 28
      session C sets up with `require 'redis'`, `redis = Redis.new`
      session C subscribes to "my_channel" at line 48
      line 38 publishes "the message" to "my_channel"
      line 60 publishes "Is \"this\" thing on?" to "my_channel"
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
        TUTORIAL_PATH=prompts.md has a {% irb %} block at line 2 (section "Start IRB Session "A"") whose line 3 `irb(main):001:0> require 'redis'` has no prompt (`$ ` or `> `): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
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
        TUTORIAL_PATH=prompts.md has a {% terminal %} block at line 2 (section "Start Redis-CLI") whose line 4 `MONITOR` has no prompt (`$ ` or `> ` or `...> `): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
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

    Scenario: No monitor
      Given the tutorial sample, without its section "Start Redis-CLI"
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has no {% terminal %} block that starts `redis-cli` and types `MONITOR`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: Two monitors
      Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
        """
        {% terminal %}
        $ redis-cli
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% terminal %} block at line 16 (section "Start IRB Session "A"") the driver cannot place: a second redis-cli MONITOR (the first is at line 9): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An irb block before any Redis.new
      Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
        """
        {% irb %}
        $ require 'redis'
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 16 (section "Start IRB Session "A"") the driver cannot place: no session to type it in: no session is open yet (no `Redis.new` before it): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An irb block when every session is blocked in subscribe
      Given the tutorial sample, with its section 'Start IRB Session "A"' reading:
        """
        {% irb %}
        $ redis = Redis.new
        $ redis.subscribe("other_channel") do |event|
          end
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 36 (section "Publish in IRB Session A") the driver cannot place: no session to type it in: every session is blocked in subscribe: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An irb block two sessions could take, the prose naming neither
      Given a tutorial "two_free.md" reading:
        """
        {% terminal %}
        $ redis-cli
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        {% irb %}
        $ redis = Redis.new
        {% endirb %}
        {% irb %}
        $ redis = Redis.new
        {% endirb %}
        Back in session D, publish:
        {% irb %}
        $ redis.publish("my_channel", "from B")
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=two_free.md has a {% irb %} block at line 12 the driver cannot place: no session named before it, and session A and session B can take input: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario Outline: An irb block when two sessions can take input and the prose names neither: <prose>
      Given a tutorial "two_free.md" reading:
        """
        {% terminal %}
        $ redis-cli
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        {% irb %}
        $ redis = Redis.new
        {% endirb %}
        {% irb %}
        $ redis = Redis.new
        $ redis.subscribe("my_channel") do |event|
          end
        {% endirb %}
        {% irb %}
        $ redis = Redis.new
        {% endirb %}
        <prose>
        {% irb %}
        $ redis.publish("my_channel", "from whom?")
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=two_free.md has a {% irb %} block at line 17 the driver cannot place: no session named before it, and session A and session C can take input: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

      Examples:
        | prose                |
        | Publish a message:   |
        | Back in session B:   |

    Scenario: A statement after the subscribe that blocks its session
      Given the tutorial sample, with its section 'Start IRB Session "B"' reading:
        """
        {% irb %}
        $ redis = Redis.new
        $ redis.subscribe("my_channel") do |event|
          end
        $ redis.publish("my_channel", "never typed")
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 23 (section "Start IRB Session "B"") the driver cannot place: a statement at line 27 after the subscribe that blocks session B: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A statement that sets a session up after its first block
      Given the tutorial sample, with its section "Broadcast to the Channel" reading:
        """
        {% irb %}
        $ require 'json'
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 55 (section "Broadcast to the Channel") the driver cannot place: a statement at line 56 that sets up session A after its first block: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A terminal block that is neither an install step nor redis-cli
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
        TUTORIAL_PATH=sample.md has a {% terminal %} block at line 9 (section "Start Redis-CLI") the driver cannot place: `redis-server` at line 10, which is neither an install step nor redis-cli: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario Outline: A terminal block that only looks like an install step or starting irb: <typed>
      The statement is quoted as typed, without the spaces between the prompt and it.

      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        $   <typed>
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% terminal %} block at line 9 (section "Start Redis-CLI") the driver cannot place: `<typed>` at line 10, which is neither an install step nor redis-cli: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

      Examples:
        | typed                  |
        | bundle exec irb        |
        | irb -r redis           |
        | echo gem install redis |

    Scenario: A terminal block with no shell command
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% terminal %} block at line 9 (section "Start Redis-CLI") the driver cannot place: `MONITOR` at line 10, which is neither an install step nor redis-cli: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario Outline: A redis-cli not typed MONITOR: <typed>
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        {% terminal %}
        $ redis-cli
        <typed>
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a {% terminal %} block at line 9 (section "Start Redis-CLI") the driver cannot place: a redis-cli that is not typed `MONITOR`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

      Examples:
        | typed                              |
        | $ brew install redis               |
        | redis 127.0.0.1:6379> PING         |
        | redis 127.0.0.1:6379> ECHO monitor |
        | redis 127.0.0.1:6379> MONITOR ON   |

    Scenario: A promise that names no session
      Given the tutorial sample, with its section "Broadcast to the Channel" reading:
        """
        {% irb %}
        $ redis.publish("my_channel", "Is this thing on?")
        {% endirb %}

        * The redis-cli window outputs `"publish"`
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md promises `"publish"` in section "Broadcast to the Channel" without saying which IRB session prints it: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: An observation of the redis-cli window in words errata cannot read
      Given the tutorial sample, with its section "Broadcast to the Channel" reading:
        """
        {% irb %}
        $ redis.publish("my_channel", "Is this thing on?")
        {% endirb %}

        In the redis-cli window, you see a flurry of lines.
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md observes the redis-cli window at line 59 in words errata cannot read ("In the redis-cli window, you see a flurry of lines."): say it shows "a subscriber added", "the second subscriber" or "a message was posted": point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A promise before any code
      Given the tutorial sample, with its section "Start Redis-CLI" reading:
        """
        Session B will print `I heard...` later.

        {% terminal %}
        $ redis-cli
        redis 127.0.0.1:6379> MONITOR
        {% endterminal %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md promises `I heard...` at line 9, before any code has run: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
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

    Scenario: A statement quoted as typed, without the spaces after it
      Given the tutorial sample, with its section "Broadcast to the Channel" reading, with ␣ for a space:
        """
        {% irb %}
        $ redis.publish("my_channel", "#{Time.now}")␣␣
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a statement at line 56 whose arguments are not plain strings: `redis.publish("my_channel", "#{Time.now}")`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A call chained on the line after a publish: irb runs the publish alone, so the line has no prompt
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
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 55 (section "Broadcast to the Channel") whose line 57 `.then { |receivers| puts receivers }` has no prompt (`$ ` or `> `): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario: A statement Ruby reads as still open at the end of its block
      Given the tutorial sample, with its section 'Start IRB Session "B"' reading:
        """
        {% irb %}
        $ redis = Redis.new
        $ redis.subscribe("my_channel") do |event|
          event.message do |channel, body|
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused, Ruby's own words aside, with:
        """
        TUTORIAL_PATH=sample.md has a {% irb %} block at line 23 (section "Start IRB Session "B"") whose statement at line 25 is still open at its end (Ruby: …): point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

    Scenario Outline: A block tag within a line, where Jekyll's Liquid opens a block too: <text>
      Given a tutorial "inline.md" reading:
        """
        ## Start

        Open irb,
        <text>
        """
      When the literal driver reads the text alone
      Then it is refused with:
        """
        TUTORIAL_PATH=inline.md has a <tag> within a line at line 4, where Jekyll opens a block too: put each tag on a line of its own: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
        """

      Examples:
        | text                                  | tag            |
        | with tags like {% irb %}              | {% irb %}      |
        | {%irb%}{%endirb%}                     | {%irb%}        |
        | {%endirb%}{%irb%}                     | {%endirb%}     |
        | as in `{% terminal %}`                | {% terminal %} |
        | * {% endterminal %} in a list         | {% endterminal %} |

    Scenario: A subscribe to a channel named by a variable
      Given the tutorial sample, with its section 'Start IRB Session "B"' reading:
        """
        {% irb %}
        $ redis = Redis.new
        $ channel = "my_channel"
        $ redis.subscribe(channel) do |event|
          end
        {% endirb %}
        """
      When the literal driver reads it
      Then it is refused with:
        """
        TUTORIAL_PATH=sample.md has a statement at line 26 whose arguments are not plain strings: `redis.subscribe(channel) do |event|   end`: point TUTORIAL_PATH at the tutorial's markdown, or fix the document.
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
