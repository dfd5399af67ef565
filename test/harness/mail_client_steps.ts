import { Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { MailClient, mailboxOf } from '../../support/examples/mail_client';
import type { Session } from '../../support/windows/session';
import { type HarnessWorld, failure } from './harness_world';

Then("{participant}'s mailbox is the Redis list {string}", function (owner: Session, list: string) {
  assert.equal(mailboxOf(owner), list);
});

Then(/^a mail client that checks every (\S+) minutes? is made$/, function (this: HarnessWorld, minutes: string) {
  assert.equal(new MailClient(this.session('Alice'), Number(minutes)).intervalMinutes, Number(minutes));
});

Then(
  /^a mail client that checks every (\S+) minutes? is refused with:$/,
  async function (this: HarnessWorld, minutes: string, expected: string) {
    assert.equal(await failure(this, () => Promise.resolve().then(() => new MailClient(this.session('Alice'), Number(minutes)))), expected);
  },
);
