import { type DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { commandName, type MonitorLine, type Session } from '../support/session';
import type { TutorialWorld } from '../support/world';

When('the monitor runs MONITOR', async function (this: TutorialWorld) {
  await this.monitor.start();
});

Then('the monitor shows {session} sending {command}', async function (this: TutorialWorld, session: Session, command: string) {
  await this.monitor.lines.until(
    () => this.monitorLines().some((line) => line.command === command && this.sender(line) === session.name),
    `to show ${session.name} sending ${command}`,
    this.timeoutMs,
    () => this.describeMonitor(),
  );
});

Then('the monitor has shown exactly:', async function (this: TutorialWorld, expected: DataTable) {
  const shown = (await shownSoFar(this)).map((line) => [this.sender(line), line.command]);
  assert.deepEqual(shown, expected.raw(), this.describeMonitor());
});

Then('the monitor shows, in this order:', async function (this: TutorialWorld, expected: DataTable) {
  const wanted = expected.raw();
  await this.monitor.lines.until(
    () =>
      inOrder(
        this.monitorLines().map((line) => [this.sender(line), line.command]),
        wanted,
      ),
    `to show, in this order: ${wanted.map(([sender, command]) => `${sender} sending ${command}`).join(', then ')}`,
    this.timeoutMs,
    () => this.describeMonitor(),
  );
});

Then(
  'the monitor shows a single publish: {session} sending {command}',
  async function (this: TutorialWorld, session: Session, command: string) {
    const publishes = (await shownSoFar(this)).filter((line) => commandName(line) === 'publish');
    assert.deepEqual(
      publishes.map((line) => [this.sender(line), line.command]),
      [[session.name, command]],
      this.describeMonitor(),
    );
  },
);

Then(
  'the monitor shows {participants} sending nothing but {command}',
  async function (this: TutorialWorld, participants: Session[], command: string) {
    const shown = await shownSoFar(this);
    for (const participant of participants) {
      const sent = shown.filter((line) => this.sender(line) === participant.name).map((line) => line.command);
      assert.deepEqual(sent, [command], `${participant.name} sent ${sent.join(', ') || 'nothing'}; ${this.describeMonitor()}`);
    }
  },
);

let fences = 0;

/**
 * Every line the monitor has shown up to now, but the spec's own: the spec pings Redis, and
 * once the monitor shows that ping, every command Redis ran before it has been shown.
 */
async function shownSoFar(world: TutorialWorld): Promise<readonly MonitorLine[]> {
  fences += 1;
  const fence = `"ping" "everything so far ${fences}"`;
  const isFence = (line: MonitorLine): boolean => line.command === fence && world.sender(line) === 'the spec';
  await world.run.observer.ping(`everything so far ${fences}`);
  await world.monitor.lines.until(
    () => world.monitorLines().some(isFence),
    `to show the spec sending ${fence}`,
    world.timeoutMs,
    () => world.describeMonitor(),
  );
  const lines = world.monitorLines();
  return lines.slice(0, lines.findIndex(isFence)).filter((line) => world.sender(line) !== 'the spec');
}

/** Whether `rows` holds `wanted`, in that order, with anything in between. */
function inOrder(rows: readonly string[][], wanted: readonly string[][]): boolean {
  let next = 0;
  for (const row of rows) if (next < wanted.length && row.join('\n') === wanted[next]?.join('\n')) next += 1;
  return next === wanted.length;
}
