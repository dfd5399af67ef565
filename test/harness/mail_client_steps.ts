import { Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { MailClient, mailboxOf } from '../../support/mail_client';
import type { Session } from '../../support/session';
import type { TutorialWorld } from '../../support/world';
import { failure } from './memory';

Then("{participant}'s mailbox is the Redis list {string}", function (owner: Session, list: string) {
  assert.equal(mailboxOf(owner), list);
});

Then(/^a mail client that checks every (\S+) minutes? is made$/, function (this: TutorialWorld, minutes: string) {
  assert.equal(new MailClient(this.session('Alice'), Number(minutes)).intervalMinutes, Number(minutes));
});

Then(
  /^a mail client that checks every (\S+) minutes? is refused with:$/,
  async function (this: TutorialWorld, minutes: string, expected: string) {
    assert.equal(await failure(this, () => Promise.resolve().then(() => new MailClient(this.session('Alice'), Number(minutes)))), expected);
  },
);
