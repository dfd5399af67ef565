import { type DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { accessSync, constants, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { prepareLiteralDriver, type Tools } from '../../../support/windows/drivers/literal';
import { readSettings } from '../../../support/server/settings';
import { sample } from '../../helpers/tutorial_sample';
import { type HarnessWorld, refused } from '../harness_world';

/** The programs the literal driver runs, as it names them. */
const programs = ['script', 'ruby', 'irb', 'redis-cli'];

/** The programs the driver found, by scenario. */
const found = new WeakMap<HarnessWorld, Tools>();

/** Where `program` is on this machine's PATH. */
function onPath(program: string): string {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(folder, program);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this folder
    }
  }
  assert.fail(`${program} is not on the PATH: the literal driver's scenarios need it`);
}

/**
 * Prepares the literal driver for the sample, in a file, with `env` in the environment the programs run in:
 * the driver checks them synchronously, so nothing else runs while the environment is changed.
 */
function prepare(world: HarnessWorld, env: Readonly<Record<string, string>>): void {
  const folder = mkdtempSync(join(tmpdir(), 'tools-'));
  const path = join(folder, 'tutorial.md');
  writeFileSync(path, sample);
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    found.set(world, prepareLiteralDriver(readSettings({ SESSION_DRIVER: 'literal', TUTORIAL_PATH: path })).tools);
  } catch (error) {
    refused(world, error);
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

When('the literal driver is prepared for the tutorial sample', function (this: HarnessWorld) {
  prepare(this, {});
});

When('the literal driver is prepared for the tutorial sample, on a PATH without {word}', function (this: HarnessWorld, missing: string) {
  assert.ok(programs.includes(missing), `the literal driver does not run ${missing}`);
  const folder = mkdtempSync(join(tmpdir(), 'path-'));
  try {
    for (const program of programs.filter((name) => name !== missing)) symlinkSync(onPath(program), join(folder, program));
    prepare(this, { PATH: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

When("the literal driver is prepared for the tutorial sample, with Ruby's gems disabled", function (this: HarnessWorld) {
  prepare(this, { RUBYOPT: '--disable-gems' });
});

const toolOf: Readonly<Record<string, keyof Tools>> = { ruby: 'ruby', irb: 'irb', 'redis gem': 'redisGem', 'redis-cli': 'redisCli' };

/** `<version>` stands for a version like 7.0.15, `<date>` for a date like 2021-12-25, `…` for the rest of the line. */
const placeholders: Readonly<Record<string, string>> = {
  '<version>': String.raw`\d+\.\d+\.\d+`,
  '<date>': String.raw`\d{4}-\d{2}-\d{2}`,
  '…': '.*',
};

Then('it found the programs, like:', function (this: HarnessWorld, table: DataTable) {
  const tools = found.get(this);
  assert.ok(tools, `the literal driver found no programs: ${this.refusal?.message ?? 'it was not prepared'}`);
  for (const { program = '', version = '' } of table.hashes()) {
    const tool = toolOf[program];
    assert.ok(tool, `the literal driver does not report ${program}`);
    const pattern = version
      .replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)
      .replace(/<\w+>|…/g, (placeholder) => placeholders[placeholder] ?? placeholder);
    assert.match(tools[tool], new RegExp(`^${pattern}$`), program);
  }
});
