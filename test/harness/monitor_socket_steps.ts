import { Given, Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { withConnection } from '../../support/server/connect';
import { SocketMonitor } from '../../support/windows/drivers/client/monitor';
import type { Session } from '../../support/windows/session';
import { type HarnessWorld, failure } from './harness_world';
import { withPassword } from './failing_steps';

Given("a monitor of the spec's own runs MONITOR", async function (this: HarnessWorld) {
  const monitor = new SocketMonitor(this.run.server, this.timeoutMs);
  this.openedMonitor = monitor;
  await monitor.start();
});

Then(
  /^that monitor's transcript reads, with <(session [A-Z])> for its address:$/,
  async function (this: HarnessWorld, session: Session, expected: string) {
    const { openedMonitor: monitor } = this;
    const { address, name } = session;
    assert.ok(monitor && address, `no monitor of the spec's own, or ${name} has no address`);
    const lines = expected.split('\n').length - 1;
    await monitor.lines.until((entries) => entries.length >= lines, `to show ${lines} line(s)`, this.timeoutMs);
    assert.equal(monitor.lines.describe().replaceAll(address, `<${name}>`), expected);
  },
);

Then("a monitor of the spec's own that never started stops quietly", async function (this: HarnessWorld) {
  await new SocketMonitor(this.run.server, this.timeoutMs).stop();
});

Given('its default user, with the password {string}, may not run MONITOR', async function (this: HarnessWorld, password: string) {
  await withConnection(withPassword(this, password), this.run.settings.protocol, this.timeoutMs, (redis) =>
    redis.call('ACL', 'SETUSER', 'default', '-monitor'),
  );
});

Then(
  'a monitor with the password {string} is refused, saying first:',
  async function (this: HarnessWorld, password: string, expected: string) {
    const monitor = new SocketMonitor(withPassword(this, password), this.timeoutMs);
    try {
      const message = await failure(this, () => monitor.start());
      assert.ok(message.startsWith(expected), message);
    } finally {
      await monitor.stop();
    }
  },
);
