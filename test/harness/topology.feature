Feature: Each scenario on its topology
  A scenario tagged @cluster runs on a Redis Cluster (REDIS_TOPOLOGY=cluster), and every other on
  one server; a scenario started on the other topology stops before its first step, saying how
  to run it.

  Scenario: A scenario runs on its own topology and is refused on the other
    Then the spec treats scenarios so:
      | tags                          | topology | verdict                                                                                                   |
      | @cluster                      | cluster  | runs                                                                                                      |
      | @beyond-the-tutorial @cluster | cluster  | runs                                                                                                      |
      |                               | single   | runs                                                                                                      |
      | @sharded-pubsub               | single   | runs                                                                                                      |
      | @cluster                      | single   | this scenario needs a Redis Cluster: run it with npm run spec:cluster (REDIS_TOPOLOGY=cluster)            |
      |                               | cluster  | this scenario is about one server, and REDIS_TOPOLOGY=cluster is set: unset it, or run npm run spec:cluster |
      | @clustered                    | cluster  | this scenario is about one server, and REDIS_TOPOLOGY=cluster is set: unset it, or run npm run spec:cluster |
