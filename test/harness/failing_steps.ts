import { Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { extrasOf } from '../../support/windows/beyond_the_tutorial';
import { withConnection } from '../../support/server/connect';
import { SocketMonitor } from '../../support/windows/drivers/client/monitor';
import { ClientSession } from '../../support/windows/drivers/client/session';
import { existingServer } from '../../support/server/providers/url';
import { serverUrl, type RedisServer } from '../../support/server/server';
import { expectPrinted, expectPrintedExactly } from '../../support/windows/printed';
import { expectRefusal } from '../../support/windows/refusal';
import type { Session } from '../../support/windows/session';
import { recordedPids } from '../helpers/processes';
import { type HarnessWorld, failure, secondServer } from './harness_world';

function monitorShows(world: HarnessWorld, session: Session, command: string, timeoutMs: number): Promise<void> {
  return world.monitor.lines.until(
    () => world.monitorShowed.showsSending(session, command),
    `to show ${session.name} sending ${command}`,
    timeoutMs,
    () => world.monitorShowed.describe(),
  );
}

function prints(session: Session, line: string, timeoutMs: number): Promise<void> {
  return session.printed.until((lines) => lines.includes(line), `to print "${line}"`, timeoutMs);
}

async function failsAtOnce(world: HarnessWorld, action: () => Promise<unknown>, expected: string): Promise<void> {
  const started = Date.now();
  assert.equal(await failure(world, action), expected);
  assert.ok(Date.now() - started < world.timeoutMs, `it failed after ${Date.now() - started} ms, not at once`);
}

async function dropConnection(world: HarnessWorld, who: string, address: string | undefined): Promise<void> {
  assert.ok(address, `${who} has no address`);
  await world.askServer(`drop the connection of ${who}`, (observer) => observer.call('CLIENT', 'KILL', 'ADDR', address));
}

When(
  'waiting {int} ms for {session} to print {string} fails with:',
  async function (this: HarnessWorld, ms: number, session: Session, line: string, expected: string) {
    assert.equal(await failure(this, () => prints(session, line, ms)), expected);
  },
);

When(
  'waiting for {session} to print {string} fails at once with:',
  async function (this: HarnessWorld, session: Session, line: string, expected: string) {
    await failsAtOnce(this, () => prints(session, line, this.timeoutMs), expected);
  },
);

// Regular expressions, since a {command} must end its step's text; `session [A-Z]` is still read as a {session}.
When(
  /^waiting (\d+) ms for the monitor to show (session [A-Z]) sending (.+) fails with:$/,
  async function (this: HarnessWorld, ms: string, session: Session, command: string, expected: string) {
    assert.equal(await failure(this, () => monitorShows(this, session, command, Number(ms))), expected);
  },
);

When(
  /^waiting for the monitor to show (session [A-Z]) sending (.+) fails at once with:$/,
  async function (this: HarnessWorld, session: Session, command: string, expected: string) {
    await failsAtOnce(this, () => monitorShows(this, session, command, this.timeoutMs), expected);
  },
);

When(
  '{session} subscribing to {channel} fails with:',
  async function (this: HarnessWorld, session: Session, channel: string, expected: string) {
    assert.equal(await failure(this, () => session.subscribe(channel, '#{body}')), expected);
  },
);

When('{session} pinging Redis fails with:', async function (this: HarnessWorld, session: Session, expected: string) {
  assert.equal(await failure(this, () => extrasOf(session).ping()), expected);
});

When(
  /^session ([A-Z]) starting against (\S+) fails with:$/,
  async function (this: HarnessWorld, letter: string, url: string, expected: string) {
    const session = new ClientSession(`session ${letter}`, existingServer(new URL(url)), this.run.settings.protocol, this.timeoutMs);
    this.openedSession = session;
    assert.equal(await failure(this, () => session.start()), expected);
  },
);

When(
  '{session} publishing {string} to {channel} fails with:',
  async function (this: HarnessWorld, session: Session, body: string, channel: string, expected: string) {
    assert.equal(await failure(this, () => session.publish(channel, body)), expected);
  },
);

/** What a step can have a session do, in the features' words, with its one argument. */
export const doings: Record<string, (session: Session, argument: string) => Promise<unknown>> = {
  'subscribing to the pattern': (session, pattern) => extrasOf(session).psubscribe(pattern, '#{body}'),
  'subscribing slowly to': (session, channel) => extrasOf(session).subscribeSlowly(channel, 'busy with [#{body}]', 'done with [#{body}]'),
  'unsubscribing from': (session, channel) => extrasOf(session).unsubscribe(channel),
  'publishing bytes to': (session, channel) => extrasOf(session).publishBytes(channel, Uint8Array.of(0, 255)),
  running: (session, command) => extrasOf(session).run(command.split(' ')),
  'starting again': (session) => session.start(),
  'being told to go on': (session) => extrasOf(session).goOn(),
};

When(
  new RegExp(`^(session [A-Z]) (${Object.keys(doings).join('|')})(?: "(.*)")? fails with:$`),
  async function (this: HarnessWorld, session: Session, doing: string, argument: string | undefined, expected: string) {
    const act = doings[doing];
    assert.ok(act, `no session can be ${doing}`);
    assert.equal(await failure(this, () => act(session, argument ?? '')), expected);
  },
);

When(
  'checking that {session} printed {string} once fails with:',
  async function (this: HarnessWorld, session: Session, line: string, expected: string) {
    assert.equal(await failure(this, () => expectPrinted(session, line, this.timeoutMs)), expected);
  },
);

When(
  'checking that {session} printed exactly {string} fails with:',
  async function (this: HarnessWorld, session: Session, line: string, expected: string) {
    assert.equal(await failure(this, () => expectPrintedExactly(session, [line], this.timeoutMs)), expected);
  },
);

When(
  'waiting {int} ms for {session} to print exactly {int} lines fails with:',
  async function (this: HarnessWorld, ms: number, session: Session, lines: number, expected: string) {
    assert.equal(await failure(this, () => expectPrintedExactly(session, Array<string>(lines).fill('a line'), ms)), expected);
  },
);

Then(/^the monitor starting against (\S+) fails with:$/, async function (this: HarnessWorld, url: string, expected: string) {
  const monitor = new SocketMonitor(existingServer(new URL(url)), this.timeoutMs);
  this.openedMonitor = monitor;
  assert.equal(await failure(this, () => monitor.start()), expected);
});

When('it is paused', function (this: HarnessWorld) {
  const [pid] = recordedPids(this.pidFile ?? '');
  assert.ok(pid, 'the second server recorded no pid');
  process.kill(pid, 'SIGSTOP');
});

Then('a monitor starting on it gives up after {int} ms with:', async function (this: HarnessWorld, ms: number, expected: string) {
  const monitor = new SocketMonitor(secondServer(this), ms);
  this.openedMonitor = monitor;
  try {
    assert.equal(await failure(this, () => monitor.start()), expected);
  } finally {
    for (const pid of recordedPids(this.pidFile ?? '')) process.kill(pid, 'SIGCONT');
  }
});

When("{session} publishes {int} x's to {channel}", async function (this: HarnessWorld, session: Session, length: number, channel: string) {
  await session.publish(channel, 'x'.repeat(length));
});

Then(
  /^the monitor shows (session [A-Z]) sending "publish" "(\S+)" and the (\d+) x's$/,
  async function (this: HarnessWorld, session: Session, channel: string, length: string) {
    await monitorShows(this, session, `"publish" "${channel}" "${'x'.repeat(Number(length))}"`, this.timeoutMs);
  },
);

Then(
  "expecting Redis to refuse {session}'s {string}, naming {commandNames}, and {commandNames} where the server has them, fails with:",
  async function (this: HarnessWorld, session: Session, refused: string, allowed: string[], whereKnown: string[], expected: string) {
    assert.equal(await failure(this, () => expectRefusal(this, session, refused, allowed, whereKnown)), expected);
  },
);

Then('the spec asking Redis {string} fails with:', async function (this: HarnessWorld, command: string, expected: string) {
  assert.equal(await failure(this, () => this.askServer(`run ${command}`, (observer) => observer.call(command))), expected);
});

Then('the windows read:', function (this: HarnessWorld, expected: string) {
  assert.equal(this.windows(), expected);
});

When('Redis drops the connection of {session}', async function (this: HarnessWorld, session: Session) {
  await dropConnection(this, session.name, session.address);
});

When('Redis drops the connection of the monitor', async function (this: HarnessWorld) {
  const clients = await this.askServer('list its clients', (observer) => observer.call('CLIENT', 'LIST'));
  const monitor = /(?:^| )addr=(\S+) .* cmd=monitor\b/m.exec(String(clients))?.[1];
  await dropConnection(this, 'the monitor', monitor);
});

/** The second server, as the url provider would give it with this password. */
export function withPassword(world: HarnessWorld, password: string): RedisServer {
  return existingServer(new URL(serverUrl({ ...secondServer(world), password })));
}

When('it requires the password {string}', async function (this: HarnessWorld, password: string) {
  await withConnection(secondServer(this), this.run.settings.protocol, this.timeoutMs, (redis) =>
    redis.config('SET', 'requirepass', password),
  );
});

When(
  /^the monitor and session ([A-Z]) start on it with the password "(.*)"$/,
  async function (this: HarnessWorld, letter: string, password: string) {
    const server = withPassword(this, password);
    this.openedMonitor = new SocketMonitor(server, this.timeoutMs);
    await this.openedMonitor.start();
    this.openedSession = new ClientSession(`session ${letter}`, server, this.run.settings.protocol, this.timeoutMs);
    await this.openedSession.start();
  },
);

When(/^session ([A-Z]) pings it$/, async function (this: HarnessWorld, letter: string) {
  const session = this.openedSession;
  assert.equal(session?.name, `session ${letter}`);
  assert.equal(await extrasOf(session).ping(), 'PONG');
});

Then(/^that monitor shows session ([A-Z]) sending "(.*)"$/, async function (this: HarnessWorld, letter: string, command: string) {
  const { openedMonitor: monitor, openedSession: session } = this;
  const name = `session ${letter}`;
  assert.ok(monitor && session?.name === name, `no monitor and ${name} on the second server`);
  await monitor.lines.until(
    (lines) => lines.some((line) => line.command === `"${command}"` && line.source === session.address),
    `to show ${name} sending "${command}"`,
    this.timeoutMs,
  );
});

Then('a monitor with the password {string} is refused with:', async function (this: HarnessWorld, password: string, expected: string) {
  const monitor = new SocketMonitor(withPassword(this, password), this.timeoutMs);
  try {
    assert.equal(await failure(this, () => monitor.start()), expected);
  } finally {
    await monitor.stop();
  }
});
