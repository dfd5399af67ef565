import { After, setWorldConstructor } from '@cucumber/cucumber';
import type Redis from 'ioredis';
import { strict as assert } from 'node:assert';
import type { TutorialCode } from '../../support/windows/drivers/literal/code';
import type { Tutorial } from '../../support/windows/drivers/literal/tutorial';
import type { Run } from '../../support/server/run';
import type { RedisServer } from '../../support/server/server';
import type { MonitorWindow, Session } from '../../support/windows/session';
import type { MonitorLine } from '../../support/windows/monitor/line';
import type { Settings } from '../../support/server/settings';
import { TutorialWorld } from '../../support/tutorial_world';
import type { Registered } from './stopping_steps';
import type { Document } from './tutorial_steps';
import type { Watched } from './waiting_steps';

/** The harness's own scenarios: the tutorial's windows, and what the harness's steps remember within a scenario. */
export class HarnessWorld extends TutorialWorld {
  settings: Settings | undefined;
  refusal: Error | undefined;
  /** A second server, started by a step. */
  secondServer: RedisServer | undefined;
  /** A second run, started by a step; its server is `secondServer`. */
  secondRun: Run | undefined;
  /** A connection of the spec's own to the second server. */
  secondObserver: Redis | undefined;
  pidFile: string | undefined;
  /** A window a step opened itself, on the second server or with a driver of its choosing. */
  openedMonitor: MonitorWindow | undefined;
  openedSession: Session | undefined;
  /** The values a step built from its words. */
  values: unknown[] | undefined;
  monitorLine: MonitorLine | undefined;
  stops: Registered | undefined;
  window: Watched | undefined;
  /** A tutorial given to the literal driver, what it read of it and the code it took. */
  document: Document | undefined;
  tutorial: Tutorial | undefined;
  code: TutorialCode | undefined;
  /** The name the literal driver gives the sessions it plays. */
  driverName: string | undefined;
}

setWorldConstructor(HarnessWorld);

/** The error `action` ends with, the port of the run's server shown as `<port>`, of a second server as `<its port>`. */
export async function failure(world: HarnessWorld, action: () => Promise<unknown>): Promise<string> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof Error, 'it did not fail');
  const second = world.secondServer;
  const message = error.message.replaceAll(`127.0.0.1:${world.run.server.port}`, '127.0.0.1:<port>');
  return second ? message.replaceAll(`127.0.0.1:${second.port}`, '127.0.0.1:<its port>') : message;
}

/** The second server a step started; without one, the step fails, saying why it was refused if it was. */
export function secondServer(world: HarnessWorld): RedisServer {
  const server = world.secondServer;
  assert.ok(server, `no second server was started${world.refusal ? `: ${world.refusal.message}` : ''}`);
  return server;
}

/** Remembers why something was refused, for `it is refused with:`. */
export function refused(world: HarnessWorld, error: unknown): void {
  world.refusal = error instanceof Error ? error : new Error(String(error));
}

After(async function (this: HarnessWorld) {
  const { openedMonitor, openedSession, secondServer, secondRun, secondObserver } = this;
  secondRun?.observer.disconnect();
  secondObserver?.disconnect();
  await Promise.all([openedMonitor?.stop(), openedSession?.stop()]);
  await secondServer?.stop();
});
