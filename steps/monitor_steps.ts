import { type DataTable, Given, Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { commandName } from '../support/windows/monitor/line';
import { inOrder } from '../support/windows/monitor/showed';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

Given('the monitor runs MONITOR', async function (this: TutorialWorld) {
  await this.monitor.start();
});

Then('the monitor shows {session} sending {command}', async function (this: TutorialWorld, session: Session, command: string) {
  await this.monitorShowed.until(() => this.monitorShowed.showsSending(session, command), `to show ${session.name} sending ${command}`);
});

Then('the monitor has shown exactly:', async function (this: TutorialWorld, expected: DataTable) {
  const shown = this.monitorShowed.rows(await this.monitorShowed.soFar());
  assert.deepEqual(shown, expected.raw(), this.monitorShowed.describe());
});

Then('the monitor shows, in this order:', async function (this: TutorialWorld, expected: DataTable) {
  const wanted = expected.raw();
  await this.monitorShowed.until(
    () => inOrder(this.monitorShowed.rows(), wanted),
    `to show, in this order: ${wanted.map(([sender, command]) => `${sender} sending ${command}`).join(', then ')}`,
  );
});

Then(
  'the monitor shows a single publish: {session} sending {command}',
  async function (this: TutorialWorld, session: Session, command: string) {
    const publishes = (await this.monitorShowed.soFar()).filter((line) => commandName(line) === 'publish');
    assert.deepEqual(this.monitorShowed.rows(publishes), [[session.name, command]], this.monitorShowed.describe());
  },
);

Then(
  'the monitor shows {participants} sending nothing but {command}',
  async function (this: TutorialWorld, participants: Session[], command: string) {
    const shown = await this.monitorShowed.soFar();
    for (const participant of participants) {
      const sent = shown.filter((line) => this.monitorShowed.sender(line) === participant.name).map((line) => line.command);
      assert.deepEqual(sent, [command], `${participant.name} sent ${sent.join(', ') || 'nothing'}; ${this.monitorShowed.describe()}`);
    }
  },
);
