Feature: Where Redis comes from
  REDIS_PROVIDER says where the spec gets its Redis: `container`, `binary`, `url`, or `auto`,
  which takes REDIS_URL when it is set, else a container when a Docker engine answers, else
  redis-server when it runs, and otherwise says what to do. These scenarios point DOCKER_HOST
  at a socket that does not exist, so that no Docker engine is ever asked.

  Scenario: REDIS_URL comes first
    When the spec looks for Redis with the settings:
      | REDIS_URL   | redis://127.0.0.1:1             |
      | DOCKER_HOST | unix:///nonexistent/docker.sock |
    Then it uses the url provider at 127.0.0.1:1

  Scenario: With no Docker engine the spec starts redis-server
    When the spec looks for Redis with the settings:
      | DOCKER_HOST | unix:///nonexistent/docker.sock |
    Then it uses the binary provider at 127.0.0.1

  Scenario: With nothing to run against the spec says what to do
    When the spec looks for Redis with the settings:
      | DOCKER_HOST      | unix:///nonexistent/docker.sock |
      | REDIS_SERVER_BIN | /nowhere/redis-server           |
    Then it is refused with:
      """
      No Redis to run against: start a Docker engine (REDIS_PROVIDER=container), or install redis-server (REDIS_PROVIDER=binary, REDIS_SERVER_BIN=/nowhere/redis-server), or set REDIS_URL.
      """

  Scenario: The url provider needs a URL
    When the spec looks for Redis with the url provider and no URL
    Then it is refused with:
      """
      REDIS_PROVIDER=url needs REDIS_URL: set it like REDIS_URL=redis://127.0.0.1:6379.
      """
