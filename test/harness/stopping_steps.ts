import type { HarnessWorld } from './harness_world';
import { DataTable, Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { StopList, stopTimeoutMs } from '../../support/lib/stop_list';

/** Things a scenario registers: how often each was stopped, and how to release each. */
export class Registered {
  list = new StopList(stopTimeoutMs);
  readonly stops = new Map<string, number>();
  readonly releases = new Map<string, () => void>();
  left: string[] = [];

  register(name: string, stop: () => Promise<void> = () => Promise.resolve()): void {
    this.stops.set(name, 0);
    this.releases.set(
      name,
      this.list.add(() => {
        this.stops.set(name, (this.stops.get(name) ?? 0) + 1);
        return stop();
      }),
    );
  }

  stopped(name: string): number {
    const times = this.stops.get(name);
    assert.ok(times !== undefined, `${name} was never registered`);
    return times;
  }
}

function registry(world: HarnessWorld): Registered {
  return (world.stops ??= new Registered());
}

Given('stops are bounded by {int} ms', function (this: HarnessWorld, ms: number) {
  registry(this).list = new StopList(ms);
});

Given(
  'the spec registers {string}, {string} and {string} to be stopped',
  function (this: HarnessWorld, first: string, second: string, third: string) {
    for (const name of [first, second, third]) registry(this).register(name);
  },
);

Given('the spec registers {string} to be stopped', function (this: HarnessWorld, name: string) {
  registry(this).register(name);
});

Given(
  'the spec registers {string} that never stops, and {string} that fails with {string}',
  function (this: HarnessWorld, hanging: string, failing: string, reason: string) {
    registry(this).register(hanging, () => new Promise<void>(() => {}));
    registry(this).register(failing, () => Promise.reject(new Error(reason)));
  },
);

Given('{string} was stopped the ordinary way', function (this: HarnessWorld, name: string) {
  registry(this).releases.get(name)?.();
});

When('everything registered is stopped', async function (this: HarnessWorld) {
  registry(this).left = await registry(this).list.stopAll();
});

When('everything registered is stopped, twice over', async function (this: HarnessWorld) {
  const list = registry(this).list;
  const [first, second] = await Promise.all([list.stopAll(), list.stopAll()]);
  registry(this).left = [...first, ...second];
});

Then(
  '{string} and {string} were stopped once each, and {string} never',
  function (this: HarnessWorld, first: string, second: string, never: string) {
    const stopped = [first, second, never].map((name) => registry(this).stopped(name));
    assert.deepEqual(stopped, [1, 1, 0]);
  },
);

Then('{string} was stopped once', function (this: HarnessWorld, name: string) {
  assert.equal(registry(this).stopped(name), 1);
});

Then('nothing was left running', function (this: HarnessWorld) {
  assert.deepEqual(registry(this).left, []);
});

Then('what was left running is:', function (this: HarnessWorld, table: DataTable) {
  assert.deepEqual(
    registry(this).left,
    table.raw().map(([reason = '']) => reason),
  );
});
