@cluster @beyond-the-tutorial @sharded-pubsub
Feature: Sharded Pub/Sub keeps a message within its shard
  Redis 7.0 added a second kind of channel for clusters, the shard channel (SSUBSCRIBE, SPUBLISH):
  "shard channels are assigned to slots by the same algorithm used to assign keys to slots. A
  shard message must be sent to a node that owns the slot the shard channel is hashed to. The
  cluster makes sure that published shard messages are forwarded to all the nodes in the shard"
  (redis.io/commands/spublish). A shard is a primary and its replicas; these clusters have no
  replicas, so a shard message never leaves the node that owns its slot: the channel's owner. A
  shard channel and a classic channel of the same name are two channels.

  Scenario: A shard channel's name gives its slot, as a key's does
    Then the slot of my_channel is 4309

  Scenario: Only the node that owns the slot takes the shard channel's subscribers
    Given session C starts an IRB session on a node that does not own my_channel
    When session C tries to subscribe to the shard channel my_channel
    Then Redis redirects session C to the node that owns my_channel

  Scenario: SPUBLISH on another node is redirected to the owner
    Given session A starts an IRB session on a node that does not own my_channel
    When session A tries to publish "Is this thing on?" to the shard channel my_channel
    Then Redis redirects session A to the node that owns my_channel

  Scenario: SPUBLISH counts the shard's subscribers and stays off the cluster bus
    Given session B subscribes to the shard channel my_channel on its owner, printing "B heard [#{body}]" for each message
    And session C subscribes to the shard channel my_channel on its owner, printing "C heard [#{body}]" for each message
    When session A publishes "Is this thing on?" to the shard channel my_channel on its owner
    Then session A's redis.spublish returned 2
    And session B prints "B heard [Is this thing on?]"
    And session C prints "C heard [Is this thing on?]"
    And no other node received the message over the cluster bus

  Scenario: A classic message does not reach the shard channel of the same name
    Given session B subscribes to the shard channel my_channel on its owner, printing "shard: #{body}" for each message
    And session C subscribes to my_channel on the node that owns my_channel, printing "classic: #{body}" for each message
    When session A publishes "to every node" to my_channel on the node that owns my_channel
    Then session A's redis.publish returned 1
    And session C prints "classic: to every node"

  Scenario: A shard message does not reach the classic channel of the same name
    Given session B subscribes to the shard channel my_channel on its owner, printing "shard: #{body}" for each message
    And session C subscribes to my_channel on the node that owns my_channel, printing "classic: #{body}" for each message
    When session A publishes "to the shard" to the shard channel my_channel on its owner
    Then session A's redis.spublish returned 1
    And session B prints "shard: to the shard"
