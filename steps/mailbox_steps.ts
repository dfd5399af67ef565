import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { MailClient, mailboxOf } from '../support/examples/mail_client';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

Given(
  "{participant}'s mail client checks her/his/their mailbox every {int} minutes",
  async function (this: TutorialWorld, owner: Session, intervalMinutes: number) {
    const client = new MailClient(owner, intervalMinutes);
    owner.notes.remember('mailClient', client);
    await client.start();
  },
);

Given("{participant}'s mailbox is empty", async function (this: TutorialWorld, owner: Session) {
  await this.run.observer.del(mailboxOf(owner));
});

Given(
  "{service} puts {string} in {participant}'s mailbox",
  async function (this: TutorialWorld, mailServer: Session, mail: string, owner: Session) {
    await extrasOf(mailServer).run(['rpush', mailboxOf(owner), mail]);
  },
);

When('{int} minute(s) pass(es)', async function (this: TutorialWorld, minutes: number) {
  for (const session of this.openSessions()) await session.notes.recall('mailClient')?.pass(minutes);
});

Then("{participant}'s mailbox holds {int} mail(s)", async function (this: TutorialWorld, owner: Session, mails: number) {
  const held = await this.run.observer.llen(mailboxOf(owner));
  assert.equal(held, mails, `LLEN ${mailboxOf(owner)} answered ${held}`);
});
