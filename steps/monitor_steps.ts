import { Then, When } from '@cucumber/cucumber';
import type { Session } from '../support/session';
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
