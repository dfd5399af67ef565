import { type DataTable, Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { IrbScreen } from '../../../support/windows/drivers/literal/irb_screen';
import { Transcript } from '../../../support/windows/transcript';
import type { HarnessWorld } from '../harness_world';

/** A screen irb showed, in the chunks the terminal gave, and the lines typed at its prompts. */
interface Recorded {
  readonly chunks: readonly string[];
  typed: readonly string[];
  read?: Reading;
}

/** What a session read of a recorded screen: each line as `[kind, text]`, and what it printed. */
interface Reading {
  readonly lines: readonly (readonly [string, string])[];
  readonly printed: readonly string[];
}

const recordings = new WeakMap<HarnessWorld, Recorded>();

function recorded(world: HarnessWorld): Recorded {
  const recording = recordings.get(world);
  assert.ok(recording, 'no screen was recorded: a step "Given the screen irb ... showed" must come first');
  return recording;
}

/** A tab as `\t`, as a table shows it. */
function readable(text: string): string {
  return text.replaceAll('\t', String.raw`\t`);
}

/** Reads the chunks as a session does, typing the next line each time irb shows a prompt that nothing was typed at. */
function replay(chunks: readonly string[], typed: readonly string[]): Reading {
  const printed = new Transcript<string>('session A', (line) => line);
  const screen = new IrbScreen('session A', printed);
  const toType = [...typed];
  let prompts = 0;
  for (const chunk of chunks) {
    screen.read(chunk);
    const shown = screen.lines.entries;
    if (shown.at(-1)?.kind === 'prompt' && shown.filter((line) => line.kind === 'prompt').length > prompts) {
      prompts += 1;
      const next = toType.shift();
      if (next !== undefined) screen.typed(next);
    }
  }
  assert.deepEqual(toType, [], 'the recorded screen ended before every line was typed');
  return {
    lines: screen.lines.entries.map((line) => [line.kind, readable(line.text)] as const),
    printed: printed.entries.map(readable),
  };
}

/** Each line of the text is a JSON string: one chunk of what the terminal gave, its bytes as recorded. */
Given(
  'the screen irb {string} showed under script, in the chunks the terminal gave:',
  function (this: HarnessWorld, irb: string, text: string) {
    const lines: unknown[] = text.split('\n').map((line): unknown => JSON.parse(line));
    const chunks = lines.filter((line) => typeof line === 'string');
    assert.equal(chunks.length, lines.length, `the screen of irb ${irb} is one JSON string a line`);
    recordings.set(this, { chunks, typed: [] });
  },
);

/** The lines typed, one at each prompt, in order. */
When('a session reads it, typing at each prompt a line of:', function (this: HarnessWorld, lines: string) {
  const recording = recorded(this);
  recording.typed = lines.split('\n');
  recording.read = replay(recording.chunks, recording.typed);
});

/** `\t` in a text stands for a tab. */
Then('the session reads:', function (this: HarnessWorld, table: DataTable) {
  const { read } = recorded(this);
  assert.ok(read, 'the screen was not read: a step "a session reads it" must come first');
  assert.deepEqual(
    read.lines.map(([kind, text]) => [kind, text]),
    table.rows(),
  );
});

Then('the session printed:', function (this: HarnessWorld, expected: string) {
  const { read } = recorded(this);
  assert.ok(read, 'the screen was not read');
  assert.equal(read.printed.join('\n'), expected);
});

Then('read a character at a time, it reads the same', function (this: HarnessWorld) {
  const { chunks, typed, read } = recorded(this);
  assert.ok(read, 'the screen was not read');
  assert.deepEqual(replay(Array.from(chunks.join('')), typed), read);
});
