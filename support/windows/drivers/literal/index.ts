import { spawnSync } from 'node:child_process';
import type Redis from 'ioredis';
import type { RedisServer } from '../../../server/server';
import type { Driver } from '../../session';
import { SettingError, type Settings } from '../../../server/settings';
import { codeOf, type TutorialCode } from './code';
import { RedisCliMonitor } from './monitor';
import { LiteralSession } from './session';
import { readTutorial } from './tutorial';

/** The tutorial's own code, read from its markdown, to be run in real irb sessions and a real redis-cli. */
export interface PreparedLiteralDriver {
  readonly code: TutorialCode;
  /** The programs that run it, with their versions. */
  readonly tools: Tools;
  /** Plays the tutorial's windows on this server; `observer` is the run's own connection to it. */
  open(server: RedisServer, observer: Redis): LiteralDriver;
}

export interface Tools {
  readonly ruby: string;
  readonly irb: string;
  readonly redisGem: string;
  readonly redisCli: string;
}

/** The driver that plays the tutorial's windows with its own code: irb sessions and a redis-cli. */
export interface LiteralDriver extends Driver {
  session(name: string): LiteralSession;
  monitor(): RedisCliMonitor;
}

/** Reads the tutorial and checks the tools it needs, before any server starts; `open` gives the driver once one has. */
export function prepareLiteralDriver(settings: Settings): PreparedLiteralDriver {
  if (settings.tutorialPath === undefined) {
    throw new SettingError(
      "TUTORIAL_PATH is not set: set it to the tutorial's markdown, like TUTORIAL_PATH=../shared/tutorial/redis-pubsub.md.",
    );
  }
  const code = codeOf(readTutorial(settings.tutorialPath));
  toolVersion('script', ['--version'], 'util-linux (bsdutils)');
  const tools = {
    ruby: toolVersion('ruby', ['--version'], 'ruby'),
    irb: toolVersion('irb', ['--version'], 'ruby'),
    redisGem: `redis gem ${toolVersion('ruby', ['-e', "require 'redis'; print Redis::VERSION"], 'ruby-redis (or gem install redis)', 'the redis gem')}`,
    redisCli: toolVersion('redis-cli', ['--version'], 'redis-tools'),
  };
  return {
    code,
    tools,
    open: (server, observer) => ({
      name: `the tutorial's own code from ${code.tutorial.path}, in ${[tools.irb, tools.redisGem, tools.redisCli].join(', ')}`,
      session: (name, on = server) => new LiteralSession(name, code, on, observer, settings.waitTimeoutMs),
      monitor: (on = server) => new RedisCliMonitor(code.monitor, on, settings.waitTimeoutMs),
    }),
  };
}

/** The first line `command` prints; `needed` names what the run needs of it, the command itself unless said. */
function toolVersion(command: string, args: readonly string[], debianPackage: string, needed = command): string {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 10000 });
  if (run.status !== 0) {
    throw new SettingError(
      `SESSION_DRIVER=literal needs ${needed}, which does not run here: apt-get install ${debianPackage}, or unset SESSION_DRIVER.`,
    );
  }
  return run.stdout.trim().split('\n')[0] ?? command;
}
