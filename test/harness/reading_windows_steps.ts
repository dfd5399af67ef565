import type { HarnessWorld } from './harness_world';
import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { commandArguments, commandName, parseMonitorLine } from '../../support/windows/monitor/line';
import { render } from '../../support/windows/render';

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
