@cluster
Feature: The experiment on a Redis Cluster
  The tutorial's experiment uses one Redis. A chat service that outgrows one server moves to a
  Redis Cluster, where each window may be connected to a different node: here the monitor and
  session B on node 1, session C on node 2, and session A, the publisher, on node 3.

  Redis documents PUBLISH on a cluster: "clients can publish to every node. The cluster makes sure
  that published messages are forwarded as needed, so clients can subscribe to any channel by
  connecting to any one of the nodes." So the tutorial's broadcast still holds. What a reader sees
  changes: `redis.publish` returns "the number of clients that the message was sent to. Note that
  in a Redis Cluster, only clients that are connected to the same node as the publishing client
  are included in the count" (redis.io/commands/publish), and a monitor shows only what its own
  node ran: a message that arrives over the cluster bus is no command there.

  These scenarios use only the tutorial's own code, each irb session's REDIS_URL on its node:
  `npm run test:literal:cluster` runs them with the literal driver.

  Scenario: Sessions B and C hear session A's message, wherever each is connected
    Given session B subscribes to my_channel on node 1, printing "I heard [#{body}] on channel [#{channel}]" for each message
    And session C subscribes to my_channel on node 2, printing "I think [#{body}] sounds great!" for each message
    When session A publishes "Is this thing on?" to my_channel on node 3
    Then session B prints "I heard [Is this thing on?] on channel [my_channel]"
    And session C prints "I think [Is this thing on?] sounds great!"

  Scenario Outline: redis.publish counts only the subscribers on the node it ran on
    Given session B subscribes to my_channel on node 1, printing "I heard [#{body}] on channel [#{channel}]" for each message
    And session C subscribes to my_channel on node 2, printing "I think [#{body}] sounds great!" for each message
    When session A publishes "Is this thing on?" to my_channel on node <node>
    Then session B prints "I heard [Is this thing on?] on channel [my_channel]"
    And session C prints "I think [Is this thing on?] sounds great!"
    And session A's redis.publish returned <returned>

    Examples:
      | node | returned |
      | 1    | 1        |
      | 2    | 1        |
      | 3    | 0        |

  Scenario: Node 1's monitor does not show a PUBLISH that ran on node 3
    Given the monitor runs MONITOR on node 1
    And session B subscribes to my_channel on node 1, printing "I heard [#{body}] on channel [#{channel}]" for each message
    When session A publishes "the message" to my_channel on node 3
    Then session B prints "I heard [the message] on channel [my_channel]"
    And the monitor has shown exactly:
      | session B | "subscribe" "my_channel" |

  Scenario: A message crosses the cluster bus to every node, subscribers or not
    Given session B subscribes to my_channel on node 1, printing "I heard [#{body}] on channel [#{channel}]" for each message
    When session A publishes "Is this thing on?" to my_channel on node 3
    Then session B prints "I heard [Is this thing on?] on channel [my_channel]"
    And every other node received the message over the cluster bus
