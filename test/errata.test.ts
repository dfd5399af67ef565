import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Check } from '../errata/errata';
import { compareWithKnown, readKnownErrata } from '../errata/known_errata';
import { root, runsAtOnce, startCommand, type SpecRun } from './helpers/run_spec';
import { escapeRegExp } from './helpers/regexp';

const tutorialPath = process.env.TUTORIAL_PATH;

/** `npm run errata` as a maintainer runs it, on a server of its own (the binary provider). */
function errata(tutorial: string, args: readonly string[] = []): Promise<SpecRun> {
  const node = process.execPath;
  const script = ['--require', 'ts-node/register/transpile-only', join(root, 'errata', 'main.ts'), ...args];
  const out = join(dirname(tutorial), 'reports');
  return startCommand(node, script, { REDIS_PROVIDER: 'binary', TUTORIAL_PATH: tutorial, ERRATA_OUT: out }, 120000).ended;
}

const knownLine = 'I heard [the message] on channel [my_channel]';

// Each test has a copy of the tutorial in a folder of its own, where errata writes its reports: they run side by side.
const besideEachOther = { skip: !tutorialPath && 'TUTORIAL_PATH is not set', ...runsAtOnce };

describe('npm run errata against the known errata (known_errata.json)', besideEachOther, () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-errata-'));
  const copyIn = (test: string, name = 'tutorial.md'): string => {
    mkdirSync(join(folder, test));
    const copy = join(folder, test, name);
    copyFileSync(tutorialPath ?? '', copy);
    return copy;
  };
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("exits 0 on the tutorial as it is: exactly the known erratum, B's line without `channel`", async () => {
    const copy = copyIn('as-it-is');
    const run = await errata(copy);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /^NOT BORNE OUT {2}.*: session B\n {15}promised `I heard \[the message\] on \[my_channel\]`\n {15}printed {2}`I heard \[the message\] on channel \[my_channel\]`$/m,
    );
    assert.match(run.stdout, /^1 of 6 observations not borne out\.$/m);
    assert.deepEqual(
      [...run.stdout.matchAll(/^(borne out {4}|NOT BORNE OUT) {2}.*line (\d+): (.+)$/gm)].map(([, verdict = '', line, window]) => [
        verdict.trim(),
        line,
        window,
      ]),
      [
        ['borne out', '88', 'the monitor'],
        ['borne out', '100', 'the monitor'],
        ['NOT BORNE OUT', '101', 'session B'],
        ['borne out', '117', 'the monitor'],
        ['borne out', '129', 'session B'],
        ['borne out', '130', 'session C'],
      ],
    );
    for (const [observed, session, sent] of [
      ['a subscriber added', 'session B', '"subscribe" "my_channel"'],
      ['a message was posted', 'session A', '"publish" "my_channel" "the message"'],
      ['the second subscriber', 'session C', '"subscribe" "my_channel"'],
    ]) {
      assert.match(
        run.stdout,
        new RegExp(
          `^ {15}observed \`${observed}\`\n {15}read as {2}.*\n {15}showed {3}${session}: \\d+\\.\\d+ \\[0 [^\\]]+\\] ${escapeRegExp(sent)}$`,
          'm',
        ),
      );
    }
    assert.match(run.stdout, /^1 known \(known_errata\.json\), 0 new, 0 known no longer found\.$/m);
    assert.match(readFileSync(join(dirname(copy), 'reports', 'tutorial.html'), 'utf8'), /data-verdict="not-borne-out"/);
  });

  it('with --fix prints a diff, changing no file, that clears every erratum once applied: the list is then stale, exit 3', async () => {
    const copy = copyIn('fixed');
    const before = readFileSync(copy, 'utf8');
    const fix = await errata(copy, ['--fix']);
    assert.equal(fix.code, 0, fix.stdout + fix.stderr);
    assert.equal(readFileSync(copy, 'utf8'), before, '--fix changed the tutorial');
    assert.match(fix.stdout, /^--- a\/tutorial\.md\n\+\+\+ b\/tutorial\.md\n@@ /);
    assert.deepEqual(
      fix.stdout.split('\n').filter((line) => /^[-+][^-+]/.test(line)),
      [
        '-* In IRB Session B you get the output `I heard [the message] on [my_channel]`',
        `+* In IRB Session B you get the output \`${knownLine}\``,
      ],
      'the diff replaces the erratum alone, and leaves the vague `I heard...` as it is',
    );
    const diff = join(dirname(copy), 'fix.diff');
    writeFileSync(diff, fix.stdout);
    const apply = spawnSync('git', ['apply', diff], { cwd: dirname(copy), encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stdout + apply.stderr);
    const fixed = await errata(copy);
    assert.equal(fixed.code, 3, fixed.stdout + fixed.stderr);
    assert.match(fixed.stdout, /^0 of 6 observations not borne out\.$/m);
    assert.match(
      fixed.stdout,
      /^Known errata no longer found: remove them from known_errata\.json:\n {2}session B: promised `I heard \[the message\] on \[my_channel\]`$/m,
    );
  });

  it('stops at once, in one line, on an ERRATA_OUT it cannot make', async () => {
    const copy = copyIn('unwritable');
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    const node = process.execPath;
    const script = ['--require', 'ts-node/register/transpile-only', join(root, 'errata', 'main.ts')];
    const run = await startCommand(node, script, { REDIS_PROVIDER: 'binary', TUTORIAL_PATH: copy, ERRATA_OUT: join(file, 'reports') })
      .ended;
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      `redis-pubsub-spec errata: ERRATA_OUT=${join(file, 'reports')} cannot be made (ENOTDIR): set it to a folder errata may write to, or unset it.\n`,
    );
    assert.ok(run.ms < 10000, `took ${run.ms} ms`);
  });

  it('exits 1 on a new erratum, naming it', async () => {
    const changed = copyIn('changed', 'changed.md');
    writeFileSync(changed, readFileSync(tutorialPath ?? '', 'utf8').replace('outputs `I think...`', 'outputs `I think it sounds good`'));
    const run = await errata(changed);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /^New errata: fix the tutorial, or add them to known_errata\.json:\n {2}session C: promised `I think it sounds good`$/m,
    );
  });
});

/** Revisions of the tutorial that make the redis-cli window an observation it does not bear out. */
describe('npm run errata on revisions whose redis-cli window does not bear an observation out', besideEachOther, () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-errata-monitor-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const original = tutorialPath ? readFileSync(tutorialPath, 'utf8') : '';
  const second = 'Make sure that you see the second subscriber in the redis-cli terminal window.\n';
  const added = 'Observe that in the redis-CLI terminal window, you see a subscriber added.\n';
  const revisions: Array<[string, string, RegExp]> = [
    [
      'the monitor said to show two subscribers after B',
      original.replace('you see a subscriber added', 'you see two subscribers added'),
      /^NOT BORNE OUT {2}Start IRB Session "B", line 88: the monitor\n {15}observed `two subscribers added`\n {15}read as {2}2 SUBSCRIBEs, each from a session of its own, one of them session B, .*\n {15}showed {3}session B: \S+ \[0 [^\]]+\] "subscribe" "my_channel"$/m,
    ],
    [
      'the second subscriber moved to the section of session B',
      original.replace(second, '').replace(added, `${added}\n${second}`),
      /^NOT BORNE OUT {2}Start IRB Session "B", line 90: the monitor\n {15}observed `the second subscriber`\n {15}read as {2}a SUBSCRIBE from session C, the second session to subscribe\n {15}showed {3}session B: \S+ \[0 [^\]]+\] "subscribe" "my_channel"$/m,
    ],
    [
      'the message posted said after session C subscribed',
      original
        .replace('* In the redis-CLI window you see that a message was posted\n', '')
        .replace(second, `${second}\nIn the redis-CLI window you see that a message was posted.\n`),
      /^NOT BORNE OUT {2}Start IRB Session "C", line 118: the monitor\n {15}observed `a message was posted`\n {15}read as {2}a PUBLISH from the session that published: none did in its block at line 106\n {15}showed {3}session C: \S+ \[0 [^\]]+\] "subscribe" "my_channel"$/m,
    ],
  ];
  for (const [what, text, finding] of revisions) {
    it(`exits 1 when ${what}, with the MONITOR line it showed instead`, async () => {
      assert.notEqual(text, original, 'the revision changed nothing');
      mkdirSync(join(folder, what.replaceAll(' ', '_')));
      const revised = join(folder, what.replaceAll(' ', '_'), 'tutorial.md');
      writeFileSync(revised, text);
      const run = await errata(revised);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, finding);
      assert.match(run.stdout, /^2 of 6 observations not borne out\.$/m);
    });
  }
});

describe('the known errata', () => {
  const check = (text: string, printed: string[], borneOut: boolean): Check => ({
    reading: '',
    evidence: [],
    section: '',
    line: 1,
    window: 'session B',
    text,
    block: 0,
    printed,
    borneOut,
  });

  it('are read from known_errata.json, which lists one today', () => {
    assert.deepEqual(readKnownErrata(join(root, 'known_errata.json')), [
      { window: 'session B', promised: 'I heard [the message] on [my_channel]', printed: [knownLine] },
    ]);
  });

  it('match an erratum by its window, its promise and what was printed, all three', () => {
    const known = [{ window: 'session B', promised: 'I heard', printed: ['I heard it'] }];
    const comparison = compareWithKnown(
      [check('I heard', ['I heard it'], false), check('I heard', ['I heard that'], false), check('I said', ['I said'], true)],
      known,
    );
    assert.deepEqual(
      [comparison.known.length, comparison.found.map(({ printed }) => printed), comparison.stale],
      [1, [['I heard that']], []],
    );
    assert.deepEqual(compareWithKnown([], known).stale, known);
  });

  it('refuse a file that is not a list of them, in one line naming it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-known-'));
    try {
      const path = join(folder, 'known.json');
      writeFileSync(path, '[{ "window": "session B" }]');
      assert.throws(() => readKnownErrata(path), {
        message: `${path} has an entry 1 that is not { "window", "promised", "printed" }: it lists the known errata, as [{ "window", "promised", "printed": [lines] }].`,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
