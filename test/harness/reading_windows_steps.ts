import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { ClientSession } from '../../support/windows/drivers/client/session';
import { expectPrinted, expectPrintedExactly } from '../../support/windows/printed';
import type { Session } from '../../support/windows/session';
import { commandArguments, commandName, parseMonitorLine } from '../../support/windows/monitor/line';
import { render } from '../../support/windows/render';
import { type HarnessWorld, failure } from './harness_world';

/** `bytes 104,105` stands for a body that is bytes, not text. */
function body(written: string): string | Uint8Array {
  const bytes = /^bytes ([\d,]+)$/.exec(written)?.[1];
  return bytes === undefined ? written : Uint8Array.from(bytes.split(',').map(Number));
}

Then('the spec fills the templates so:', function (table: DataTable) {
  for (const row of table.hashes()) {
    assert.equal(render(row.template, row.channel, body(row.body)), row.line, row.template);
  }
});

When('the spec reads the MONITOR line:', function (this: HarnessWorld, text: string) {
  const line = parseMonitorLine(text);
  assert.ok(line, `it read no command in: ${text}`);
  this.monitorLine = line;
});

Then('it was sent at {word} on database {int} from {word}', function (this: HarnessWorld, time: string, db: number, source: string) {
  const line = this.monitorLine;
  assert.deepEqual({ time: line?.time, db: line?.db, source: line?.source }, { time, db, source });
});

Then('it is the command {string} with the arguments:', function (this: HarnessWorld, name: string, table: DataTable) {
  const line = this.monitorLine;
  assert.ok(line, 'no line was read');
  assert.equal(commandName(line), name);
  assert.deepEqual(
    commandArguments(line.command),
    table.raw().map(([argument = '']) => argument),
  );
});

Then('the spec reads none of these as a MONITOR line:', function (table: DataTable) {
  for (const [text = ''] of table.raw()) assert.equal(parseMonitorLine(text), undefined, text);
});

Then('the spec names the commands of these MONITOR lines so:', function (table: DataTable) {
  for (const [text = '', name = ''] of table.raw()) {
    const line = parseMonitorLine(text);
    assert.ok(line, `it read no command in: ${text}`);
    assert.equal(commandName(line) || 'nothing', name, text);
  }
});

When(
  'checking within {int} ms that {session} printed {string} once fails with:',
  async function (this: HarnessWorld, ms: number, session: Session, line: string, expected: string) {
    assert.equal(await failure(this, () => expectPrinted(session, line, ms)), expected);
  },
);

When(
  'checking that {session} printed exactly {string} and {string} fails with:',
  async function (this: HarnessWorld, session: Session, first: string, second: string, expected: string) {
    assert.equal(await failure(this, () => expectPrintedExactly(session, [first, second], 300)), expected);
  },
);

Then(
  '{session} publishing {string} to {channel} fails, for the cause {string}',
  async function (this: HarnessWorld, session: Session, body: string, channel: string, cause: string) {
    const error = await session.publish(channel, body).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof Error && error.cause instanceof Error, `it did not fail for a cause: ${String(error)}`);
    assert.equal(error.cause.message, cause);
  },
);

Then(
  /^session ([A-Z]) starting against port (\d+) of the run's server fails with:$/,
  async function (this: HarnessWorld, letter: string, port: string, expected: string) {
    const server = { ...this.run.server, port: Number(port) };
    const session = new ClientSession(`session ${letter}`, server, this.run.settings.protocol, this.timeoutMs);
    this.openedSession = session;
    assert.equal(await failure(this, () => session.start()), expected);
  },
);
