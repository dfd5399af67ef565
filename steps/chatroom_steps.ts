import { Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { expectPrinted, expectPrintedExactly } from '../support/windows/printed';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

const chatroom = 'chatroom';

Given('{participants} join(s) the chatroom', async function (this: TutorialWorld, participants: Session[]) {
  for (const participant of participants) {
    await participant.start();
    await participant.subscribe(chatroom, '#{body}');
  }
});

When('{participant} says {string}', async function (this: TutorialWorld, participant: Session, words: string) {
  const chatService = this.session('the chat service');
  chatService.notes.remember('reply', await chatService.publish(chatroom, `${participant.name}: ${words}`));
});

Then("the chat service's message reached {int} participant(s)", function (this: TutorialWorld, participants: number) {
  const receivers = this.session('the chat service').notes.recall('reply');
  assert.equal(receivers, participants, `the chat service's PUBLISH reported ${String(receivers)} receivers`);
});

Then('{participants} each see {string}', async function (this: TutorialWorld, participants: Session[], line: string) {
  await Promise.all(participants.map((participant) => expectPrinted(participant, line, this.timeoutMs)));
});

Then('{participant} has seen exactly:', async function (this: TutorialWorld, participant: Session, expected: string) {
  await expectPrintedExactly(participant, expected.split('\n'), this.timeoutMs);
});

Then('{participant} has seen nothing', function (this: TutorialWorld, participant: Session) {
  assert.deepEqual(participant.printed.entries, [], participant.printed.describe());
});
