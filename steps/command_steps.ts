import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { Given, Then, When } from '@cucumber/cucumber';
import { type Reply, type Session } from '../support/windows/session';
import { commandArguments } from '../support/windows/monitor/line';
import { expectRefusal } from '../support/windows/refusal';
import type { TutorialWorld } from '../support/tutorial_world';

Given('Redis holds {string} at {word}', async function (this: TutorialWorld, value: string, key: string) {
  await this.run.observer.set(key, value);
});

Given('{session} starts an IRB session speaking RESP{int}', async function (this: TutorialWorld, session: Session, protocol: number) {
  if (protocol !== 2 && protocol !== 3) throw new Error(`RESP${protocol} is no protocol of Redis: write RESP2 or RESP3`);
  await extrasOf(session).startSpeaking(protocol);
});

Given('{service} connects to Redis', async function (this: TutorialWorld, service: Session) {
  await service.start();
});

When('{session} runs {command}', async function (this: TutorialWorld, session: Session, command: string) {
  session.notes.remember('reply', shown(await extrasOf(session).run(commandArguments(command))));
});

When('{session} tries to run {command}', async function (this: TutorialWorld, session: Session, command: string) {
  await session.notes.attempt(async () => shown(await extrasOf(session).run(commandArguments(command))));
});

Then(
  "Redis refuses {session}'s {string}, naming what it still allows: {commandNames}, and {commandNames} where the server has them",
  async function (this: TutorialWorld, session: Session, refused: string, allowed: string[], allowedWhereKnown: string[]) {
    await expectRefusal(this, session, refused, allowed, allowedWhereKnown);
  },
);

/** A reply as the existing `Redis answers ... with` steps compare it: strings and numbers as they are. */
function shown(reply: Reply): string | number {
  return typeof reply === 'string' || typeof reply === 'number' ? reply : JSON.stringify(reply);
}
