import { Then, When } from '@cucumber/cucumber';
import type Redis from 'ioredis';
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pollUntil } from '../../../support/lib/poll';
import { connect } from '../../../support/server/connect';
import { Irb } from '../../../support/windows/drivers/literal/irb';
import { childrenOf, descendantsOf } from '../../../support/windows/drivers/literal/processes';
import { RedisCliMonitor } from '../../../support/windows/drivers/literal/monitor';
import { LiteralSession } from '../../../support/windows/drivers/literal/session';
import { Transcript } from '../../../support/windows/transcript';
import { alive } from '../../helpers/processes';
import { type HarnessWorld, failure, secondServer } from '../harness_world';
import { tutorialSession, withTimeout } from '../literal_steps';
import { readCode } from '../tutorial_steps';

/** A process the driver started for a window, by its pid and its program's name. */
interface Started {
  readonly pid: number;
  readonly program: string;
}

/** What the scenario's window started, found by the real processes: the spec's children that came with it, and theirs. */
const startedBy = new WeakMap<HarnessWorld, Started[]>();

function programOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function withDescendants(pid: number): number[] {
  return [pid, ...descendantsOf(pid)];
}

/** Runs `open` and remembers the processes it left running: the spec's new children, and everything under them. */
async function recording(world: HarnessWorld, open: () => Promise<void>): Promise<void> {
  const before = new Set(childrenOf(process.pid));
  await open();
  const started = childrenOf(process.pid)
    .filter((pid) => !before.has(pid))
    .flatMap(withDescendants)
    .map((pid) => ({ pid, program: programOf(pid) }));
  assert.ok(started.length > 0, 'the window started no process: the scenario proves nothing');
  startedBy.set(world, started);
}

function startedProcess(world: HarnessWorld, program: string): Started {
  const started = startedBy.get(world) ?? [];
  const found = started.find((candidate) => candidate.program === program);
  assert.ok(found, `the window started no ${program}, but ${started.map((candidate) => candidate.program).join(', ') || 'nothing'}`);
  return found;
}

function literalSession(world: HarnessWorld, letter: string): LiteralSession {
  const session = tutorialSession(world, letter);
  assert.ok(session instanceof LiteralSession, 'the tutorial is played by the literal driver');
  return session;
}

/**
 * The run's port shown as `<port>`, a carriage return as `\r`, and the redis gem's client as `#<Redis client …>` (its
 * text names the gem's version and URL), so that a line reads as irb showed it on every stack.
 */
function readable(world: HarnessWorld, lines: readonly string[]): string {
  return lines
    .map((line) =>
      line
        .replaceAll(`127.0.0.1:${world.run.server.port}`, '127.0.0.1:<port>')
        .replace(/#<Redis client v\S+ for \S+>/, '#<Redis client …>')
        .replaceAll('\r', String.raw`\r`),
    )
    .join('\n');
}

async function failsAtOnce(world: HarnessWorld, action: () => Promise<unknown>, expected: string): Promise<void> {
  const started = Date.now();
  assert.equal(await failure(world, action), expected);
  assert.ok(Date.now() - started < world.timeoutMs, `it failed after ${Date.now() - started} ms, not at once`);
}

function tutorialMonitor(world: HarnessWorld): RedisCliMonitor {
  const monitor = world.openedMonitor;
  assert.ok(monitor instanceof RedisCliMonitor, "the tutorial's monitor was not started");
  return monitor;
}

When("the tutorial's session {word} starts", async function (this: HarnessWorld, letter: string) {
  const session = literalSession(this, letter);
  await recording(this, () => session.start());
});

When("the tutorial's session {word} subscribes to {string}", async function (this: HarnessWorld, letter: string, channel: string) {
  await literalSession(this, letter).subscribe(channel);
});

When("the tutorial's session {word} stops", async function (this: HarnessWorld, letter: string) {
  await literalSession(this, letter).stop();
});

/** `<port>` stands for the port of the run's server, `\r` for a carriage return. */
Then("the tutorial's session {word} has shown:", function (this: HarnessWorld, letter: string, expected: string) {
  assert.equal(readable(this, literalSession(this, letter).shown()), expected);
});

Then("the tutorial's session {word} has shown nothing", function (this: HarnessWorld, letter: string) {
  assert.deepEqual(literalSession(this, letter).shown(), []);
});

Then("the tutorial's session {word} has printed:", function (this: HarnessWorld, letter: string, expected: string) {
  assert.equal(readable(this, literalSession(this, letter).printed.entries), expected);
});

When(
  "waiting {int} ms for the tutorial's session {word} to print {string} fails with:",
  async function (this: HarnessWorld, ms: number, letter: string, line: string, expected: string) {
    const { printed } = literalSession(this, letter);
    const message = await failure(this, () => printed.until((lines) => lines.includes(line), `to print "${line}"`, ms));
    assert.equal(readable(this, [message]), expected);
  },
);

When(
  "waiting for the tutorial's session {word} to print {string} fails at once with:",
  async function (this: HarnessWorld, letter: string, line: string, expected: string) {
    const { printed } = literalSession(this, letter);
    await failsAtOnce(this, () => printed.until((lines) => lines.includes(line), `to print "${line}"`, this.timeoutMs), expected);
  },
);

When(
  /^the tutorial's session ([A-Z]) publishing "(.*)" to (\S+) fails with a message beginning:$/,
  async function (this: HarnessWorld, letter: string, body: string, channel: string, expected: string) {
    const message = await failure(this, () => literalSession(this, letter).publish(channel, body));
    const wanted = withTimeout(this, expected);
    assert.equal(message.split('\n').slice(0, wanted.split('\n').length).join('\n'), wanted, message);
  },
);

When("the tutorial's session {word}'s script is killed with {word}", function (this: HarnessWorld, letter: string, signal: string) {
  literalSession(this, letter);
  process.kill(startedProcess(this, 'script').pid, signal);
});

/** What a window a step started had started: `program` is the name of the process, as `ps` shows it. */
Then('its {word} still runs', function (this: HarnessWorld, program: string) {
  assert.ok(alive(startedProcess(this, program).pid), `its ${program} is gone`);
});

/** A process killed a moment ago may still be on its way out: this waits for the last to go, within WAIT_TIMEOUT_MS. */
Then('none of the processes it started is left', async function (this: HarnessWorld) {
  const started = startedBy.get(this) ?? [];
  assert.ok(started.length > 0, 'no window was started: the scenario proves nothing');
  await pollUntil(
    () => {
      const running = started.filter(({ pid }) => alive(pid));
      return Promise.resolve(
        running.length > 0 ? `still running: ${running.map(({ program, pid }) => `${program} (pid ${pid})`).join(', ')}` : undefined,
      );
    },
    { timeoutMs: this.timeoutMs, awaited: 'the processes the window started to end', everyMs: 10 },
  );
});

/**
 * Another spec process, in this project's folder: it opens irb, has it sleep, prints the processes
 * it started, by pid and name, and exits without stopping anything.
 */
const endingWithIrbBusy = `
const { readFileSync } = require('node:fs');
const { Irb } = require('./support/windows/drivers/literal/irb');
const { Transcript } = require('./support/windows/transcript');
const { childrenOf, descendantsOf } = require('./support/windows/drivers/literal/processes');
const withDescendants = (pid) => [pid, ...descendantsOf(pid)];
const programOf = (pid) => readFileSync(\`/proc/\${pid}/comm\`, 'utf8').trim();
(async () => {
  const irb = await Irb.open('session B', new Transcript('session B', (line) => line), process.env, Number(process.argv[1]));
  await irb.type(['sleep 30']);
  const started = childrenOf(process.pid).flatMap(withDescendants).map((pid) => ({ pid, program: programOf(pid) }));
  process.stdout.write(JSON.stringify(started));
  process.exit(0);
})();
`;

When('another spec process opens irb, has it sleep, and exits without stopping it', async function (this: HarnessWorld) {
  const child = spawn(
    process.execPath,
    ['--require', 'ts-node/register/transpile-only', '--eval', endingWithIrbBusy, String(this.timeoutMs)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `the other spec process failed: ${err}`);
  const started = JSON.parse(out) as Started[];
  assert.deepEqual(
    started.map(({ program }) => program),
    ['script', 'irb'],
    'the other spec process started script and irb',
  );
  startedBy.set(this, started);
});

Then(
  'opening irb for session {word} with PATH={string} fails with:',
  async function (this: HarnessWorld, letter: string, path: string, expected: string) {
    const name = `session ${letter}`;
    const printed = new Transcript<string>(name, (line) => line);
    assert.equal(await failure(this, () => Irb.open(name, printed, { ...process.env, PATH: path }, this.timeoutMs)), expected);
  },
);

When("the tutorial's monitor starts", async function (this: HarnessWorld) {
  const monitor = new RedisCliMonitor(readCode(this).monitor, this.run.server, this.timeoutMs);
  this.openedMonitor = monitor;
  await recording(this, () => monitor.start());
});

When("the tutorial's monitor starts on it", async function (this: HarnessWorld) {
  const monitor = new RedisCliMonitor(readCode(this).monitor, secondServer(this), this.timeoutMs);
  this.openedMonitor = monitor;
  await recording(this, () => monitor.start());
});

/** The monitor's program is looked for on PATH, as a shell does. */
Then("the tutorial's monitor starting with PATH={string} fails with:", async function (this: HarnessWorld, path: string, expected: string) {
  const monitor = new RedisCliMonitor(readCode(this).monitor, this.run.server, this.timeoutMs);
  this.openedMonitor = monitor;
  const before = process.env.PATH;
  process.env.PATH = path;
  let starting: Promise<void>;
  try {
    starting = monitor.start();
  } finally {
    process.env.PATH = before;
  }
  assert.equal(await failure(this, () => starting), expected);
});

When("the tutorial's monitor stops", async function (this: HarnessWorld) {
  await tutorialMonitor(this).stop();
});

Then("the tutorial's monitor, never started, stops at once", async function (this: HarnessWorld) {
  const started = Date.now();
  await new RedisCliMonitor(readCode(this).monitor, this.run.server, this.timeoutMs).stop();
  assert.ok(Date.now() - started < this.timeoutMs, `it stopped after ${Date.now() - started} ms`);
});

When("the tutorial's monitor's {word} is killed with {word}", function (this: HarnessWorld, program: string, signal: string) {
  tutorialMonitor(this);
  process.kill(startedProcess(this, program).pid, signal);
});

/** The spec's own client, on the second server: it runs what a step gives it. */
function secondClient(world: HarnessWorld): Redis {
  world.secondObserver ??= connect(secondServer(world), world.run.settings.protocol, world.timeoutMs);
  return world.secondObserver;
}

/**
 * Connected, its handshake done, before a monitor starts: Redis 7.2 and later run the handshake's
 * CLIENT SETINFO, and a MONITOR started before would show it (7.0 refuses it, and shows nothing).
 */
When('a client is connected to it', async function (this: HarnessWorld) {
  await secondClient(this).connect();
});

When('the client runs the Lua script {string} on it', async function (this: HarnessWorld, script: string) {
  const client = secondClient(this);
  assert.equal(client.status, 'ready', 'the client was not connected: a step "a client is connected to it" must come first');
  await client.eval(script, 0);
});

Then("the tutorial's monitor shows {string} from lua", async function (this: HarnessWorld, command: string) {
  await tutorialMonitor(this).lines.until(
    (lines) => lines.some((line) => line.source === 'lua' && line.command === command),
    `to show ${command} from lua`,
    this.timeoutMs,
  );
});

/** A client's address in what the monitor showed reads `<client>`: its port is the system's choice. */
When(
  "waiting for the tutorial's monitor to show {string} fails at once with:",
  async function (this: HarnessWorld, command: string, expected: string) {
    const { lines } = tutorialMonitor(this);
    const started = Date.now();
    const message = await failure(this, () =>
      lines.until((shown) => shown.some((line) => line.command === command), `to show ${command}`, this.timeoutMs),
    );
    assert.equal(message.replaceAll(/\[127\.0\.0\.1:\d+\]/g, '[<client>]'), expected);
    assert.ok(Date.now() - started < this.timeoutMs, `it failed after ${Date.now() - started} ms, not at once`);
  },
);
