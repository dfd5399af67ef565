import { extrasOf } from '../support/windows/beyond_the_tutorial';
import { type DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { complexValue, kindOf } from '../support/examples/complex_values';
import { expectPrintedExactly } from '../support/windows/printed';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

When(
  '{session} publishes {string} to {channel} for n from {int} to {int}',
  async function (this: TutorialWorld, session: Session, template: string, channel: string, first: number, last: number) {
    for (const body of numbered(template, first, last)) session.notes.remember('reply', await session.publish(channel, body));
  },
);

Then(
  '{session} has printed exactly {string} for n from {int} to {int}',
  async function (this: TutorialWorld, session: Session, template: string, first: number, last: number) {
    await expectPrintedExactly(session, numbered(template, first, last), this.timeoutMs);
  },
);

When(
  '{session} publishes the bytes {bytes} to {channel}',
  async function (this: TutorialWorld, session: Session, body: Uint8Array, channel: string) {
    session.notes.remember('reply', await extrasOf(session).publishBytes(channel, body));
  },
);

When(
  '{session} publishes this JSON to {channel}:',
  async function (this: TutorialWorld, session: Session, channel: string, document: string) {
    session.notes.remember('publishedValue', parseJson(document, `the JSON ${session.name} publishes`));
    session.notes.remember('reply', await session.publish(channel, document));
  },
);

Then(
  '{session} prints JSON equal to what {session} published',
  async function (this: TutorialWorld, subscriber: Session, publisher: Session) {
    assert.deepEqual(await onlyLineAsJson(subscriber, this.timeoutMs), publisher.notes.recall('publishedValue'));
  },
);

When(
  '{session} publishes to {channel}, as JSON, an object whose fields are:',
  async function (this: TutorialWorld, session: Session, channel: string, fields: DataTable) {
    const value = Object.fromEntries(Object.entries(fields.rowsHash()).map(([field, description]) => [field, complexValue(description)]));
    session.notes.remember('publishedValue', value);
    session.notes.remember('reply', await session.publish(channel, JSON.stringify(value)));
  },
);

Then(
  'the fields {session} sent and {session} parsed are:',
  async function (this: TutorialWorld, publisher: Session, subscriber: Session, expected: DataTable) {
    const sent = publisher.notes.recall('publishedValue') as Record<string, unknown>;
    const parsed = (await onlyLineAsJson(subscriber, this.timeoutMs)) as Record<string, unknown>;
    const [header = [], ...rows] = expected.raw();
    const actual = rows.map(([field = '']) => [field, kindOf(sent[field]), kindOf(parsed[field])]);
    assert.deepEqual([header, ...actual], expected.raw());
  },
);

/** `message #{n}` for n from 1 to 3: message 1, message 2, message 3. */
function numbered(template: string, first: number, last: number): string[] {
  if (!template.includes('#{n}')) throw new Error(`"${template}" has no #{n} to number: write it like "message #{n}"`);
  if (last < first) throw new Error(`n from ${first} to ${last} counts nothing: write the smaller number first`);
  return Array.from({ length: last - first + 1 }, (_, index) => template.replaceAll('#{n}', String(first + index)));
}

async function onlyLineAsJson(session: Session, timeoutMs: number): Promise<unknown> {
  await session.printed.until((lines) => lines.length > 0, 'to print a line', timeoutMs);
  assert.equal(session.printed.entries.length, 1, session.printed.describe());
  return parseJson(session.printed.entries[0] ?? '', `what ${session.name} printed`);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} is not JSON (${(error as Error).message}): ${text}`, { cause: error });
  }
}
