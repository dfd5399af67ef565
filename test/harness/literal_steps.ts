import { Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extrasOf } from '../../support/windows/beyond_the_tutorial';
import { connect } from '../../support/server/connect';
import { prepareLiteralDriver } from '../../support/windows/drivers/literal';
import { RedisCliMonitor } from '../../support/windows/drivers/literal/monitor';
import { LiteralSession } from '../../support/windows/drivers/literal/session';
import type { Session } from '../../support/windows/session';
import { doings, withPassword } from './failing_steps';
import { type HarnessWorld, failure } from './harness_world';
import { readCode } from './tutorial_steps';
import { escapeRegExp } from '../helpers/regexp';
import { sample } from '../helpers/tutorial_sample';

/** Session `letter` of the code the literal driver read, on the run's server: one a scenario, made by its first step. */
export function tutorialSession(world: HarnessWorld, letter: string): Session {
  const name = `session ${letter}`;
  world.openedSession ??= new LiteralSession(name, readCode(world), world.run.server, world.run.observer, world.timeoutMs);
  assert.equal(world.openedSession.name, name, 'a scenario plays one session of the tutorial');
  return world.openedSession;
}

/** A wait that gives up does so after WAIT_TIMEOUT_MS, as in every scenario: `<WAIT_TIMEOUT_MS>` in a message stands for it. */
export function withTimeout(world: HarnessWorld, expected: string): string {
  return expected.replaceAll('<WAIT_TIMEOUT_MS>', String(world.timeoutMs));
}

/** What a step can ask of the tutorial's session, in the features' words, with its one argument. */
const asks: Record<string, (session: Session, argument: string) => Promise<unknown>> = {
  ...doings,
  starting: (session) => session.start(),
  pinging: (session) => extrasOf(session).ping(),
  'speaking RESP': (session, protocol) => extrasOf(session).startSpeaking(protocol === '2' ? 2 : 3),
  'subscribing to': (session, channel) => session.subscribe(channel, '#{body}'),
};

When(
  new RegExp(`^the tutorial's session ([A-Z]) (${Object.keys(asks).join('|')})(?: "(.*)")? (?:fails|gives up) with:$`),
  async function (this: HarnessWorld, letter: string, asked: string, argument: string | null, expected: string) {
    const ask = asks[asked];
    assert.ok(ask, `no session can be ${asked}`);
    assert.equal(await failure(this, () => ask(tutorialSession(this, letter), argument ?? '')), withTimeout(this, expected));
  },
);

When(
  "the tutorial's session {word} starting fails with a message beginning:",
  async function (this: HarnessWorld, letter: string, expected: string) {
    const message = await failure(this, () => tutorialSession(this, letter).start());
    assert.equal(message.split('\n').slice(0, expected.split('\n').length).join('\n'), expected, message);
  },
);

When(
  /^the tutorial's session ([A-Z]) publishing "(.*)" to (\S+) fails with:$/,
  async function (this: HarnessWorld, letter: string, body: string, channel: string, expected: string) {
    assert.equal(await failure(this, () => tutorialSession(this, letter).publish(channel, body)), expected);
  },
);

Then(/^the tutorial's monitor starting (?:fails|gives up) with:$/, async function (this: HarnessWorld, expected: string) {
  const monitor = new RedisCliMonitor(readCode(this).monitor, this.run.server, this.timeoutMs);
  this.openedMonitor = monitor;
  assert.equal(await failure(this, () => monitor.start()), withTimeout(this, expected));
});

When('the literal driver is prepared for the tutorial sample, in a file', function (this: HarnessWorld) {
  const path = join(mkdtempSync(join(tmpdir(), 'tutorial-')), 'tutorial.md');
  writeFileSync(path, sample);
  try {
    const driver = prepareLiteralDriver({ ...this.run.settings, tutorialPath: path });
    this.driverName = driver.open(this.run.server, this.run.observer).name;
    this.document = { path, text: sample };
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
});

/** `<file>` stands for the tutorial's path, `<version>` for a version like 7.0.15, `<date>` for a date like 2021-12-25. */
Then('its sessions are named like:', function (this: HarnessWorld, expected: string) {
  const { document, driverName } = this;
  assert.ok(document && driverName, 'no literal driver was prepared');
  const placeholders: Record<string, string> = {
    '<file>': escapeRegExp(document.path),
    '<version>': String.raw`\d+\.\d+\.\d+`,
    '<date>': String.raw`\d{4}-\d{2}-\d{2}`,
  };
  const pattern = escapeRegExp(expected).replace(/<\w+>/g, (placeholder) => placeholders[placeholder] ?? placeholder);
  assert.match(driverName, new RegExp(`^${pattern}$`));
});

When(
  /^the tutorial's monitor and session ([A-Z]) start on it with the password "(.*)"$/,
  async function (this: HarnessWorld, letter: string, password: string) {
    const server = withPassword(this, password);
    this.openedMonitor = new RedisCliMonitor(readCode(this).monitor, server, this.timeoutMs);
    await this.openedMonitor.start();
    this.secondObserver = connect(server, this.run.settings.protocol, this.timeoutMs);
    await this.secondObserver.connect();
    this.openedSession = new LiteralSession(`session ${letter}`, readCode(this), server, this.secondObserver, this.timeoutMs);
    await this.openedSession.start();
  },
);

Then(
  /^the tutorial's session ([A-Z]) publishing "(.*)" to (\S+) reaches (\d+) subscribers?$/,
  async function (this: HarnessWorld, letter: string, body: string, channel: string, receivers: string) {
    assert.equal(await tutorialSession(this, letter).publish(channel, body), Number(receivers));
  },
);
