import { After } from '@cucumber/cucumber';
import type Redis from 'ioredis';
import { strict as assert } from 'node:assert';
import type { TutorialCode } from '../../support/drivers/literal/code';
import type { Tutorial } from '../../support/drivers/literal/tutorial';
import type { Run } from '../../support/run';
import type { RedisServer } from '../../support/server';
import type { MonitorLine, MonitorWindow, Session } from '../../support/session';
import type { Settings } from '../../support/settings';
import type { TutorialWorld } from '../../support/world';
import type { Registered } from './stopping_steps';
import type { Document } from './tutorial_steps';
import type { Watched } from './waiting_steps';

/** What the harness's own steps remember within a scenario. */
export interface Remembered {
  settings?: Settings;
  refusal?: Error;
  server?: RedisServer;
  /** A second run, started by a step; its server is `server`. */
  run?: Run;
  pidFile?: string;
  monitor?: MonitorWindow;
  session?: Session;
  /** The values a step built from its words. */
  values?: unknown[];
  monitorLine?: MonitorLine;
  stops?: Registered;
  window?: Watched;
  /** A tutorial given to the literal driver, what it read of it and the code it took. */
  document?: Document;
  tutorial?: Tutorial;
  code?: TutorialCode;
  /** A connection of the spec's own to the second server. */
  observer?: Redis;
  /** The name the literal driver gives the sessions it plays. */
  driverName?: string;
}

const remembered = new WeakMap<TutorialWorld, Remembered>();

export function memory(world: TutorialWorld): Remembered {
  let found = remembered.get(world);
  if (!found) {
    found = {};
    remembered.set(world, found);
  }
  return found;
}

/** The error `action` ends with, the port of the run's server shown as `<port>`, of a second server as `<its port>`. */
export async function failure(world: TutorialWorld, action: () => Promise<unknown>): Promise<string> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof Error, 'it did not fail');
  const second = memory(world).server;
  const message = error.message.replaceAll(`127.0.0.1:${world.run.server.port}`, '127.0.0.1:<port>');
  return second ? message.replaceAll(`127.0.0.1:${second.port}`, '127.0.0.1:<its port>') : message;
}

/** Remembers why something was refused, for `it is refused with:`. */
export function refused(world: TutorialWorld, error: unknown): void {
  memory(world).refusal = error instanceof Error ? error : new Error(String(error));
}

After(async function (this: TutorialWorld) {
  const { monitor, session, server, run, observer } = memory(this);
  run?.observer.disconnect();
  observer?.disconnect();
  await Promise.all([monitor?.stop(), session?.stop()]);
  await server?.stop();
});
