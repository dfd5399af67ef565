import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { defineParameterType, Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { snapshotBus, untilReceived, type BusSnapshot } from '../support/server/cluster/bus';
import { findNode, nodeOf, onNode, slotOf, slotOwner } from '../support/server/cluster/nodes';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

/** A node of the cluster, from 1: `node 2`, `the node that owns my_channel`, `a node that does not own my_channel`. */
defineParameterType({
  name: 'node',
  regexp: /node \d+|the node that owns [a-z][\w.:*-]*|a node that does not own [a-z][\w.:*-]*/,
  transformer(this: TutorialWorld, text: string): Promise<number> {
    return findNode(this, text);
  },
});

/** `session B` as a window not opened yet, so that a step can open it on a node; a regexp of its own, so that `{session}`'s stays unambiguous. */
defineParameterType({
  name: 'new session',
  regexp: /session [A-Z]\b/,
  transformer: (name: string) => name,
});

async function startOn(world: TutorialWorld, name: string, node: number): Promise<Session> {
  const session = world.sessionOn(name, nodeOf(world.run.server, node));
  await session.start();
  return session;
}

Given('the monitor runs MONITOR on {node}', async function (this: TutorialWorld, node: number) {
  // What the monitor has shown is read up to the spec's own PING, sent on its connection to node 1.
  if (node !== 1) throw new Error(`the monitor runs on node 1, where the spec's own connection is, not on node ${node}`);
  await this.monitorOn(nodeOf(this.run.server, node)).start();
});

Given('{new session} starts an IRB session on {node}', async function (this: TutorialWorld, name: string, node: number) {
  await startOn(this, name, node);
});

Given(
  '{new session} subscribes to {channel} on {node}, printing {string} for each message',
  async function (this: TutorialWorld, name: string, channel: string, node: number, template: string) {
    await (await startOn(this, name, node)).subscribe(channel, template);
  },
);

Given(
  '{new session} subscribes to the shard channel {channel} on its owner, printing {string} for each message',
  async function (this: TutorialWorld, name: string, channel: string, template: string) {
    const session = await startOn(this, name, await slotOwner(this, channel));
    await extrasOf(session).ssubscribe(channel, template);
  },
);

When(
  '{new session} publishes {string} to {channel} on {node}',
  async function (this: TutorialWorld, name: string, body: string, channel: string, node: number) {
    const session = await startOn(this, name, node);
    this.busBefore = await snapshotBus(this, node);
    session.notes.remember('reply', await session.publish(channel, body));
  },
);

When(
  '{new session} publishes {string} to the shard channel {channel} on its owner',
  async function (this: TutorialWorld, name: string, body: string, channel: string) {
    const node = await slotOwner(this, channel);
    const session = await startOn(this, name, node);
    this.busBefore = await snapshotBus(this, node);
    session.notes.remember('reply', Number(await extrasOf(session).run(['spublish', channel, body])));
  },
);

When(
  '{session} tries to subscribe to the shard channel {channel}',
  async function (this: TutorialWorld, session: Session, channel: string) {
    await tryToRun(session, ['ssubscribe', channel]);
  },
);

When(
  '{session} tries to publish {string} to the shard channel {channel}',
  async function (this: TutorialWorld, session: Session, body: string, channel: string) {
    await tryToRun(session, ['spublish', channel, body]);
  },
);

async function tryToRun(session: Session, command: readonly string[]): Promise<void> {
  await session.notes.attempt(async () => JSON.stringify(await extrasOf(session).run(command)));
}

Then("{session}'s redis.(s)publish returned {int}", function (this: TutorialWorld, session: Session, receivers: number) {
  const returned = session.notes.recall('reply');
  assert.equal(returned, receivers, `redis.publish by ${session.name} returned ${String(returned)}`);
});

Then('the slot of {channel} is {int}', async function (this: TutorialWorld, channel: string, slot: number) {
  assert.equal(await slotOf(this, channel), slot, `CLUSTER KEYSLOT ${channel}`);
});

Then('Redis redirects {session} to the node that owns {channel}', async function (this: TutorialWorld, session: Session, channel: string) {
  const owner = nodeOf(this.run.server, await slotOwner(this, channel));
  const expected = `MOVED ${await slotOf(this, channel)} ${owner.host}:${owner.port}`;
  const refusal = session.notes.recall('refusal');
  const seen =
    refusal === undefined
      ? `Redis answered ${session.name} with ${String(session.notes.recall('reply'))}`
      : `Redis refused ${session.name} with "${refusal}"`;
  assert.equal(refusal, expected, seen);
});

function busSnapshot(world: TutorialWorld): BusSnapshot {
  if (!world.busBefore) throw new Error('no session published on a node in this scenario');
  return world.busBefore;
}

Then('every other node received the message over the cluster bus', async function (this: TutorialWorld) {
  await untilReceived(this, busSnapshot(this), { classic: 1, shard: 0 });
});

/**
 * A message not sent cannot be waited for: the publisher sends a classic message after it, and each
 * node's bus link from the publisher delivers in order, so once every node has that one, the shard
 * message would have come first.
 */
Then('no other node received the message over the cluster bus', async function (this: TutorialWorld) {
  const snapshot = busSnapshot(this);
  await onNode(this, snapshot.publisher, 'PUBLISH a message after it', (node) => node.publish('the spec: after the message', ''));
  await untilReceived(this, snapshot, { classic: 1, shard: 0 });
});
