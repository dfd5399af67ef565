import { After, type DataTable, Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { extrasOf } from '../../support/windows/beyond_the_tutorial';
import { expectRefusal, readRefusal } from '../../support/windows/refusal';
import type { Session } from '../../support/windows/session';
import { type HarnessWorld, failure } from './harness_world';

/** The scenarios in which the spec's own connection may not run COMMAND, until they end. */
const withoutCommand = new WeakSet<HarnessWorld>();

Then('{session} noted the refusal {string}, and no reply', function (this: HarnessWorld, session: Session, refusal: string) {
  assert.deepEqual({ reply: session.notes.recall('reply'), refusal: session.notes.recall('refusal') }, { reply: undefined, refusal });
});

Then('{session} noted the reply {string}, and no refusal', function (this: HarnessWorld, session: Session, reply: string) {
  assert.deepEqual({ reply: session.notes.recall('reply'), refusal: session.notes.recall('refusal') }, { reply, refusal: undefined });
});

Then('{session} noted neither a reply nor a refusal', function (this: HarnessWorld, session: Session) {
  assert.deepEqual(
    { reply: session.notes.recall('reply'), refusal: session.notes.recall('refusal') },
    { reply: undefined, refusal: undefined },
  );
});

When('{session} has lost its connection', async function (this: HarnessWorld, session: Session) {
  const lost = await failure(this, () => session.printed.until(() => false, 'to lose its connection', this.timeoutMs));
  assert.match(lost, /^Awaited .* to lose its connection, but it lost /);
});

Then(
  '{session} trying to run {string} fails with:',
  async function (this: HarnessWorld, session: Session, command: string, expected: string) {
    const attempt = (): Promise<void> => session.notes.attempt(async () => String(await extrasOf(session).run(command.split(' '))));
    assert.equal(await failure(this, attempt), expected);
  },
);

Then('the spec reads these refusals so:', function (table: DataTable) {
  for (const row of table.hashes()) {
    const read = readRefusal(row.refusal, row.of);
    const named = read.named.join(', ') || 'nothing';
    assert.deepEqual(
      { code: read.code, 'names it': read.namesRefused ? 'yes' : 'no', 'names as allowed': named },
      { code: row.code, 'names it': row['names it'], 'names as allowed': row['names as allowed'] },
      row.refusal,
    );
  }
});

Given('{session} noted that Redis refused it with {string}', function (this: HarnessWorld, session: Session, refusal: string) {
  session.notes.remember('refusal', refusal);
});

When('the spec may not run COMMAND on its own connection, for this scenario', async function (this: HarnessWorld) {
  withoutCommand.add(this);
  await this.askServer('take COMMAND from its own user', (observer) => observer.call('ACL', 'SETUSER', 'default', '-command'));
});

After(async function (this: HarnessWorld) {
  if (!withoutCommand.has(this)) return;
  await this.askServer('give COMMAND back to its own user', (observer) => observer.call('ACL', 'SETUSER', 'default', '+command'));
});

Then(
  "expecting Redis to refuse {session}'s {string}, naming {commandNames}, and {commandNames} where the server has them, fails, saying first:",
  async function (this: HarnessWorld, session: Session, refused: string, allowed: string[], whereKnown: string[], expected: string) {
    const message = await failure(this, () => expectRefusal(this, session, refused, allowed, whereKnown));
    assert.ok(message.startsWith(expected), message);
  },
);
