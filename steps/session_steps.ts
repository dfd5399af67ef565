import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { expectPrinted, expectPrintedExactly } from '../support/windows/printed';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

Given('{session} starts an IRB session', async function (this: TutorialWorld, session: Session) {
  await session.start();
});

Given(
  '{session} subscribes to {channel}, printing {string} for each message',
  async function (this: TutorialWorld, session: Session, channel: string, template: string) {
    await session.subscribe(channel, template);
  },
);

When('{session} publishes {string} to {channel}', async function (this: TutorialWorld, session: Session, body: string, channel: string) {
  session.notes.remember('reply', await session.publish(channel, body));
});

When('{session} pings Redis', async function (this: TutorialWorld, session: Session) {
  session.notes.remember('reply', await extrasOf(session).ping());
});

Then('Redis answers {session} with {string}', function (this: TutorialWorld, session: Session, reply: string) {
  const got = session.notes.recall('reply');
  assert.equal(got, reply, `${session.name} got ${String(got)}`);
});

Then('the publish by {session} reached {int} subscriber(s)', function (this: TutorialWorld, session: Session, receivers: number) {
  const reported = session.notes.recall('reply');
  assert.equal(reported, receivers, `PUBLISH by ${session.name} reported ${String(reported)} receivers`);
});

Then('{session} prints {string}', async function (this: TutorialWorld, session: Session, line: string) {
  await expectPrinted(session, line, this.timeoutMs);
});

Then('{session} has printed exactly:', async function (this: TutorialWorld, session: Session, expected: string) {
  await expectPrintedExactly(session, expected.split('\n'), this.timeoutMs);
});

Then('{channel} has {int} subscriber(s)', async function (this: TutorialWorld, channel: string, count: number) {
  const reply = await this.askServer(`ask PUBSUB NUMSUB ${channel}`, (observer) => observer.pubsub('NUMSUB', channel));
  const [, subscribers] = reply as [string, number];
  assert.equal(subscribers, count, `PUBSUB NUMSUB ${channel} answered ${subscribers}`);
});
