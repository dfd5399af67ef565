import { findErrata, type Check } from '../support/drivers/literal/errata';
import { literalDriver } from '../support/drivers/literal/index';
import type { RedisServer } from '../support/server';
import { readSettings, SettingError } from '../support/settings';
import { startServer } from '../support/start_server';

/**
 * `npm run errata`: runs the tutorial's own code as written, on a server of its own, and lists
 * each output its prose promises beside what the session really printed, borne out or not.
 */
async function main(): Promise<void> {
  const settings = readSettings();
  const literal = literalDriver(settings);
  const server = await startServer(settings, `errata-${process.pid}-${Date.now()}`);
  stopOnSignals(server);
  try {
    const { against, checks } = await findErrata(literal, server, settings);
    console.log(`What the tutorial's prose promises, beside what its own code printed on ${against}:\n`);
    for (const check of checks) console.log(describe(check));
    const errata = checks.filter((check) => !check.borneOut).length;
    console.log(`\n${errata} of ${checks.length} promised outputs not borne out.`);
  } finally {
    await server.stop();
  }
}

function describe(check: Check): string {
  const printed = check.printed.length ? check.printed.map((line) => `\`${line}\``).join(', ') : 'nothing';
  return [
    `${check.borneOut ? 'borne out    ' : 'NOT BORNE OUT'}  ${check.section ? `${check.section}, ` : ''}line ${check.line}: ${check.window}`,
    `               promised \`${check.text}\``,
    `               printed  ${printed}`,
  ].join('\n');
}

function stopOnSignals(server: RedisServer): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => void server.stop().finally(() => process.exit(code)));
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`redis-pubsub-spec errata: ${error instanceof SettingError ? message : message.split('\n')[0]}\n`);
  process.exit(2);
});
