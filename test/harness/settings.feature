Feature: Settings
  Every setting is an environment variable with a default; a wrong one is refused in one
  line that names it and says how to fix it.

  Scenario: Without settings the spec uses its defaults
    When the spec reads no settings
    Then the settings are:
      | provider       | auto         |
      | image          | redis:8.10.2  |
      | serverBin      | redis-server |
      | url            | none         |
      | protocol       | 2            |
      | waitTimeoutMs  | 2000         |
      | startTimeoutMs | 30000        |
      | driver         | client       |
      | tutorialPath   | none         |
      | topology       | single       |
      | clusterNodes   | 3            |

  Scenario: Each setting is read from its variable
    When the spec reads the settings:
      | REDIS_PROVIDER          | url                          |
      | REDIS_IMAGE             | redis:7.0                    |
      | REDIS_SERVER_BIN        | /opt/redis/bin/redis-server  |
      | REDIS_URL               | redis://:password@[::1]:6380 |
      | REDIS_PROTOCOL          | 3                            |
      | WAIT_TIMEOUT_MS         | 500                          |
      | SERVER_START_TIMEOUT_MS | 9000                         |
      | SESSION_DRIVER          | literal                      |
      | TUTORIAL_PATH           | docs/redis-pubsub.md         |
      | REDIS_TOPOLOGY          | cluster                      |
      | REDIS_CLUSTER_NODES     | 6                            |
    Then the settings are:
      | provider       | url                          |
      | image          | redis:7.0                    |
      | serverBin      | /opt/redis/bin/redis-server  |
      | url            | redis://:password@[::1]:6380 |
      | protocol       | 3                            |
      | waitTimeoutMs  | 500                          |
      | startTimeoutMs | 9000                         |
      | driver         | literal                      |
      | tutorialPath   | docs/redis-pubsub.md         |
      | topology       | cluster                      |
      | clusterNodes   | 6                            |

  Scenario: An empty setting counts as unset
    When the spec reads the settings:
      | REDIS_PROVIDER          | ""  |
      | REDIS_URL               | ""  |
      | REDIS_PROTOCOL          | ""  |
      | WAIT_TIMEOUT_MS         | ""  |
      | SERVER_START_TIMEOUT_MS | ""  |
      | SESSION_DRIVER          | ""  |
      | TUTORIAL_PATH           | " " |
      | REDIS_TOPOLOGY          | ""  |
      | REDIS_CLUSTER_NODES     | ""  |
    Then the settings are:
      | provider       | auto         |
      | image          | redis:8.10.2  |
      | serverBin      | redis-server |
      | url            | none         |
      | protocol       | 2            |
      | waitTimeoutMs  | 2000         |
      | startTimeoutMs | 30000        |
      | driver         | client       |
      | tutorialPath   | none         |
      | topology       | single       |
      | clusterNodes   | 3            |

  Scenario Outline: REDIS_URL names the server; its password is never shown
    When the spec reads the setting REDIS_URL=<url>
    Then the url provider connects to host "<host>", port <port>, password "<password>", shown as "<shown>", addressed as "<address>"

    Examples:
      | url                          | host      | port | password | shown                  | address                          |
      | redis://127.0.0.1            | 127.0.0.1 | 6379 | none     | redis://127.0.0.1      | redis://127.0.0.1:6379           |
      | redis://:password@[::1]:6380 | ::1       | 6380 | password | redis://***@[::1]:6380 | redis://:password@[::1]:6380     |
      | redis://:password@localhost  | localhost | 6379 | password | redis://***@localhost  | redis://:password@localhost:6379 |

  Scenario Outline: A wrong setting is refused in one line
    When the spec reads the setting <variable>=<value>
    Then it is refused with:
      """
      <line>
      """

    Examples:
      | variable                | value                 | line                                                                                                                                  |
      | REDIS_PROVIDER          | docker                | REDIS_PROVIDER=docker is not one of auto, container, binary, url: set REDIS_PROVIDER to one of them or unset it.                      |
      | REDIS_PROVIDER          | url                   | REDIS_PROVIDER=url needs REDIS_URL: set it like REDIS_URL=redis://127.0.0.1:6379.                                                     |
      | REDIS_URL               | localhost:6379        | REDIS_URL=localhost:6379 is not a redis:// URL with a host: set it like REDIS_URL=redis://127.0.0.1:6379.                             |
      | REDIS_URL               | http://127.0.0.1:6379 | REDIS_URL=http://127.0.0.1:6379 is not a redis:// URL with a host: set it like REDIS_URL=redis://127.0.0.1:6379.                      |
      | REDIS_URL               | redis://              | REDIS_URL=redis:// is not a redis:// URL with a host: set it like REDIS_URL=redis://127.0.0.1:6379.                                   |
      | REDIS_URL               | redis//127.0.0.1:6379 | REDIS_URL=redis//127.0.0.1:6379 is not a URL: set it like REDIS_URL=redis://127.0.0.1:6379.                                           |
      | REDIS_IMAGE             | " "                   | REDIS_IMAGE is empty: unset it to use redis:8.10.2, or set it to a value.                                                             |
      | REDIS_SERVER_BIN        | ""                    | REDIS_SERVER_BIN is empty: unset it to use redis-server, or set it to a value.                                                        |
      | REDIS_PROTOCOL          | resp3                 | REDIS_PROTOCOL=resp3 is not one of 2, 3: set REDIS_PROTOCOL to one of them or unset it.                                               |
      | WAIT_TIMEOUT_MS         | 0                     | WAIT_TIMEOUT_MS=0 is not a whole number of milliseconds from 1 up: set it like WAIT_TIMEOUT_MS=2000, or unset it.                     |
      | SERVER_START_TIMEOUT_MS | 1.5                   | SERVER_START_TIMEOUT_MS=1.5 is not a whole number of milliseconds from 1 up: set it like SERVER_START_TIMEOUT_MS=30000, or unset it.  |
      | SESSION_DRIVER          | ruby                  | SESSION_DRIVER=ruby is not one of client, literal: set SESSION_DRIVER to one of them or unset it.                                     |
      | SESSION_DRIVER          | literal               | SESSION_DRIVER=literal needs TUTORIAL_PATH: set it to the tutorial's markdown, like TUTORIAL_PATH=../shared/tutorial/redis-pubsub.md. |
      | REDIS_TOPOLOGY          | sharded               | REDIS_TOPOLOGY=sharded is not one of single, cluster: set REDIS_TOPOLOGY to one of them or unset it.                                  |
      | REDIS_CLUSTER_NODES     | 0                     | REDIS_CLUSTER_NODES=0 is not a whole number of primaries from 1 to 16: set it like REDIS_CLUSTER_NODES=3, or unset it.                |
      | REDIS_CLUSTER_NODES     | three                 | REDIS_CLUSTER_NODES=three is not a whole number of primaries from 1 to 16: set it like REDIS_CLUSTER_NODES=3, or unset it.            |
      | REDIS_CLUSTER_NODES     | 17                    | REDIS_CLUSTER_NODES=17 is not a whole number of primaries from 1 to 16: set it like REDIS_CLUSTER_NODES=3, or unset it.               |

  Scenario Outline: A cluster of one primary up to sixteen
    When the spec reads the setting REDIS_CLUSTER_NODES=<nodes>
    Then the settings have clusterNodes <nodes>

    Examples:
      | nodes |
      | 1     |
      | 16    |
