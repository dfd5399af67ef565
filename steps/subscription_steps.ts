import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { Given, Then, When } from '@cucumber/cucumber';
import { expectPrintedExactly } from '../support/windows/printed';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

Given(
  '{session} subscribes to channels matching {channel}, printing {string} for each message',
  async function (this: TutorialWorld, session: Session, pattern: string, template: string) {
    await extrasOf(session).psubscribe(pattern, template);
  },
);

When('{session} unsubscribes from {channel}', async function (this: TutorialWorld, session: Session, channel: string) {
  await extrasOf(session).unsubscribe(channel);
});

Given(
  '{session} subscribes to {channel}, taking its time over each message: printing {string}, then, once told to go on, {string}',
  async function (this: TutorialWorld, session: Session, channel: string, busy: string, done: string) {
    await extrasOf(session).subscribeSlowly(channel, busy, done);
  },
);

When('{session} is told to go on', async function (this: TutorialWorld, session: Session) {
  await extrasOf(session).goOn();
});

Given(
  '{int} subscribers subscribe to {channel}, each printing {string} for each message',
  async function (this: TutorialWorld, count: number, channel: string, template: string) {
    await Promise.all(
      subscribers(this, count).map(async (subscriber) => {
        await subscriber.start();
        await subscriber.subscribe(channel, template);
      }),
    );
  },
);

Then('each of the {int} subscribers has printed exactly {string}', async function (this: TutorialWorld, count: number, line: string) {
  await Promise.all(subscribers(this, count).map((subscriber) => expectPrintedExactly(subscriber, [line], this.timeoutMs)));
});

/** The sessions `subscriber 1` to `subscriber <count>`. */
function subscribers(world: TutorialWorld, count: number): Session[] {
  return Array.from({ length: count }, (_, index) => world.session(`subscriber ${index + 1}`));
}
