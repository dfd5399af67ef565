import { type DataTable, Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { prepareLiteralDriver } from '../../support/windows/drivers/literal';
import { codeOf, type Publish, type TutorialCode } from '../../support/windows/drivers/literal/code';
import { observationsOf, promisedOutputs } from '../../errata/errata';
import { parseTutorial, readTutorial, type Tutorial } from '../../support/windows/drivers/literal/tutorial';
import { windowNamedIn } from '../../support/windows/drivers/literal/windows';
import { readSettings } from '../../support/server/settings';
import { sample } from '../helpers/tutorial_sample';
import { type HarnessWorld, refused } from './harness_world';

export interface Document {
  readonly path: string;
  readonly text: string;
}

const samplePath = 'sample.md';

function documentOf(world: HarnessWorld): Document {
  const { document } = world;
  assert.ok(document, 'no tutorial was given: a step "Given the tutorial sample" must come first');
  return document;
}

/** The sample's lines, and where a section stands in them: from its heading up to the next heading. */
function sampleSection(heading: string): { lines: string[]; start: number; end: number } {
  const lines = sample.split('\n');
  const start = lines.indexOf(`### ${heading}`);
  assert.ok(start >= 0, `the sample has no section "${heading}"`);
  const next = lines.findIndex((line, index) => index > start && line.startsWith('#'));
  return { lines, start, end: next < 0 ? lines.length : next };
}

function withSection(heading: string, body: string): string {
  const { lines, start, end } = sampleSection(heading);
  return [...lines.slice(0, start + 1), '', body, '', ...lines.slice(end)].join('\n');
}

function withoutSection(heading: string): string {
  const { lines, start, end } = sampleSection(heading);
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** The code the literal driver took from the document in `When the literal driver reads it`. */
export function readCode(world: HarnessWorld): TutorialCode {
  assert.ok(
    world.code,
    `the literal driver read no code: ${world.refusal?.message ?? 'a step "When the literal driver reads it" must come first'}`,
  );
  return world.code;
}

Given('the tutorial sample', function (this: HarnessWorld) {
  this.document = { path: samplePath, text: sample };
});

Given('a tutorial {string} reading:', function (this: HarnessWorld, path: string, text: string) {
  this.document = { path, text };
});

Given('the tutorial sample, with its section {string} reading:', function (this: HarnessWorld, heading: string, body: string) {
  this.document = { path: samplePath, text: withSection(heading, body) };
});

/** `␣` stands for a space, so that spaces at the end of a line, or alone on it, show in the feature. */
const spaces = (text: string): string => text.replaceAll('␣', ' ');

Given('a tutorial {string} reading, with ␣ for a space:', function (this: HarnessWorld, path: string, text: string) {
  this.document = { path, text: spaces(text) };
});

Given(
  'the tutorial sample, with its section {string} reading, with ␣ for a space:',
  function (this: HarnessWorld, heading: string, body: string) {
    this.document = { path: samplePath, text: withSection(heading, spaces(body)) };
  },
);

Given('the tutorial sample, without its section {string}', function (this: HarnessWorld, heading: string) {
  this.document = { path: samplePath, text: withoutSection(heading) };
});

/** Runs what the literal driver does with a tutorial; its refusal is remembered for `it is refused with:`. */
function reading(world: HarnessWorld, read: () => void): void {
  try {
    read();
  } catch (error) {
    refused(world, error);
  }
}

When('the literal driver reads it', function (this: HarnessWorld) {
  const { path, text } = documentOf(this);
  reading(this, () => {
    this.tutorial = parseTutorial(text, path);
    const code = codeOf(this.tutorial);
    // errata reads what the document asks to observe before any server starts: an observation it cannot place stops it too.
    observationsOf(code);
    this.code = code;
  });
});

When('the literal driver reads the text alone', function (this: HarnessWorld) {
  const { path, text } = documentOf(this);
  reading(this, () => (this.tutorial = parseTutorial(text, path)));
});

When('the literal driver reads the file {string}', function (this: HarnessWorld, path: string) {
  reading(this, () => (this.code = codeOf(readTutorial(path))));
});

When('the literal driver is prepared without TUTORIAL_PATH', function (this: HarnessWorld) {
  reading(this, () => prepareLiteralDriver(readSettings({ SESSION_DRIVER: 'client' })));
});

Then('it reads:', function (this: HarnessWorld, expected: string) {
  const { tutorial, refusal } = this;
  assert.ok(
    tutorial,
    `the literal driver read nothing: ${refusal?.message ?? 'a step "When the literal driver reads it" must come first'}`,
  );
  assert.equal(outline(tutorial), expected);
});

/** Each section by its heading: the lines of its blocks and its prose. */
Then('its sections are:', function (this: HarnessWorld, expected: string) {
  const { tutorial, refusal } = this;
  assert.ok(
    tutorial,
    `the literal driver read nothing: ${refusal?.message ?? 'a step "When the literal driver reads it" must come first'}`,
  );
  const sections = tutorial.sections.map(({ heading, line, blocks, prose }) => {
    const at = blocks.map((block) => block.line).join(' and ') || 'none';
    return `"${heading}", line ${line}: blocks at ${at}, prose: ${prose.join(' / ') || 'none'}`;
  });
  assert.equal(sections.join('\n'), expected);
});

Then('it takes this code:', function (this: HarnessWorld, expected: string) {
  assert.equal(codeOutline(readCode(this)), expected);
});

Then('it places the blocks:', function (this: HarnessWorld, expected: string) {
  assert.equal(placement(readCode(this)), expected);
});

Then('its promises are:', function (this: HarnessWorld, expected: string) {
  const code = readCode(this);
  const promises = promisedOutputs(code).map(
    ({ line, window, text, block }) =>
      `line ${line}: ${window} prints \`${text}\` after the block at line ${code.placed[block]?.block.line ?? '?'}`,
  );
  assert.equal(promises.join('\n'), expected);
});

Then('its observations of the redis-cli window are:', function (this: HarnessWorld, expected: string) {
  const code = readCode(this);
  const observations = observationsOf(code).flatMap((observation) =>
    'sought' in observation
      ? [
          `line ${observation.line}: \`${observation.text}\` after the block at line ${code.placed[observation.block]?.block.line ?? '?'}, read as ${observation.reading}`,
        ]
      : [],
  );
  assert.equal(observations.join('\n'), expected);
});

Then('its publishes are:', function (this: HarnessWorld, expected: string) {
  assert.equal(readCode(this).publishes.map(publishOutline).join('\n'), expected);
});

/** Ruby's complaint differs from one Ruby to the next: the expected line shows it as `(Ruby: …)`. */
Then("it is refused, Ruby's own words aside, with:", function (this: HarnessWorld, expected: string) {
  assert.equal(this.refusal?.message.replace(/\(Ruby: .+?\)(?=: point TUTORIAL_PATH)/, '(Ruby: …)'), expected);
});

/** The document in order: its prose and blocks under each heading, each statement at its line and prompt, continuation lines under it. */
function outline(tutorial: Tutorial): string {
  const entries = [
    ...tutorial.sections.map((section) => ({ line: section.line, lines: [`section "${section.heading}" at line ${section.line}`] })),
    ...tutorial.prose.map((prose) => ({ line: prose.line, lines: [`  prose: ${prose.text}`] })),
    ...tutorial.blocks.map((block) => ({
      line: block.line,
      lines: [
        `  ${block.kind} block at line ${block.line}, after: ${block.intro.join(' / ') || 'nothing'}`,
        ...block.statements.flatMap((statement) => [
          `    line ${statement.line}, at "${statement.prompt}": ${statement.lines[0] ?? ''}`,
          ...statement.lines.slice(1).map((line) => `      then: ${line}`),
        ]),
      ],
    })),
  ];
  const first = tutorial.sections[0]?.line ?? Infinity;
  const beforeHeadings = entries.some((entry) => entry.line < first) ? ['before any heading'] : [];
  return [...beforeHeadings, ...entries.sort((a, b) => a.line - b.line).flatMap((entry) => entry.lines)].join('\n');
}

/** Each block at its line, and the window a reader types it into. */
function placement(code: TutorialCode): string {
  return code.placed
    .map(({ block, window, opens }) => {
      const into = window === undefined ? 'no window' : opens ? `opens ${window}` : window;
      return `line ${block.line}, ${block.kind}: ${into}`;
    })
    .join('\n');
}

/** What each window runs, as the driver takes it from the document; strings as JSON, so that escapes show. */
function codeOutline(code: TutorialCode): string {
  const typed = (lines: readonly string[]): string => lines.join(' ⏎ ');
  return [
    `the Redis-CLI window runs \`${code.monitor.command.join(' ')}\` and types \`${code.monitor.input}\``,
    ...[...code.sessions].flatMap(([name, session]) => [
      `${name} sets up with ${session.setup.map((statement) => `\`${typed(statement.lines)}\``).join(', ') || 'nothing'}`,
      session.subscribe
        ? `${name} subscribes to ${JSON.stringify(session.subscribe.channel)} at line ${session.subscribe.statement.line}`
        : `${name} does not subscribe`,
    ]),
    ...code.publishes.map(publishOutline),
  ].join('\n');
}

function publishOutline(publish: Publish): string {
  return `line ${publish.statement.line} publishes ${JSON.stringify(publish.body)} to ${JSON.stringify(publish.channel)}`;
}

/** `none` for a sentence that names no window. */
Then('with the sessions A to F open, the sentences name the windows:', function (table: DataTable) {
  const sessions = ['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => `session ${letter}`);
  const named = table.hashes().map(({ sentence = '' }) => ({ sentence, window: windowNamedIn(sentence, sessions) ?? 'none' }));
  assert.deepEqual(
    named,
    table.hashes().map(({ sentence = '', window = '' }) => ({ sentence, window })),
  );
});
