Feature: The programs the literal driver needs, and their versions
  Before any server starts, the literal driver checks the programs that run the tutorial's code:
  `script` (which gives irb and redis-cli a terminal), ruby, irb, the redis gem and redis-cli. It
  keeps the first line each one prints of its version, to name the run's sessions and for the
  annotated tutorial. A program that does not run stops the run in one line that names it and the
  Debian package that has it. Here the programs are the machine's own, found on its PATH, the
  missing one left out of it.

  Scenario: Each program by the first line of its version
    When the literal driver is prepared for the tutorial sample
    Then it found the programs, like:
      | program   | version                 |
      | ruby      | ruby <version>…         |
      | irb       | irb <version> (<date>)  |
      | redis gem | redis gem <version>     |
      | redis-cli | redis-cli <version>     |

  Scenario Outline: A program that does not run: <program>
    When the literal driver is prepared for the tutorial sample, on a PATH without <program>
    Then it is refused with:
      """
      SESSION_DRIVER=literal needs <program>, which does not run here: apt-get install <package>, or unset SESSION_DRIVER.
      """

    Examples:
      | program   | package               |
      | script    | util-linux (bsdutils) |
      | irb       | ruby                  |
      | redis-cli | redis-tools           |

  Scenario: Ruby does not run: the tutorial's irb blocks cannot be read
    Ruby's own parser splits the irb blocks into statements, before the other programs are checked.

    When the literal driver is prepared for the tutorial sample, on a PATH without ruby
    Then it is refused with:
      """
      reading the tutorial's irb blocks needs ruby, whose parser splits them into statements, and it does not run here (ENOENT): apt-get install ruby.
      """

  Scenario: Ruby without the redis gem
    When the literal driver is prepared for the tutorial sample, with Ruby's gems disabled
    Then it is refused with:
      """
      SESSION_DRIVER=literal needs the redis gem, which does not run here: apt-get install ruby-redis (or gem install redis), or unset SESSION_DRIVER.
      """
