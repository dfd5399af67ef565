import { describeServer, withConnection } from '../support/server/connect';
import type { RedisServer } from '../support/server/server';
import type { Settings } from '../support/server/settings';
import { versionIn } from '../support/server/start_run';
import type { TutorialCode } from '../support/windows/drivers/literal/code';
import { followTutorial, type Followed } from './follow';
import type { PreparedLiteralDriver, Tools } from '../support/windows/drivers/literal/index';
import { windowNamedIn } from '../support/windows/drivers/literal/windows';

/** An output the prose promises: "In IRB Session B you get the output `...`", "The third IRB window outputs `...`". */
export interface PromisedOutput {
  /** The heading the promise stands under, if any. */
  readonly section: string;
  readonly line: number;
  readonly window: string;
  readonly text: string;
  /** The index, in `code.placed`, of the block whose output it promises. */
  readonly block: number;
}

export interface Check extends PromisedOutput {
  /** What the window printed from that block until the next. */
  readonly printed: readonly string[];
  readonly borneOut: boolean;
}

/** What the run ran against, for a reader of its results. */
export interface Against {
  readonly server: string;
  readonly version: string;
  readonly tools: Tools;
  readonly at: Date;
}

export interface Errata {
  /** The server and the tools the tutorial ran on, in one line. */
  readonly against: string;
  readonly details: Against;
  readonly checks: readonly Check[];
  readonly followed: Followed;
}

const promise = /\b(?:outputs?|prints?)\b[^`]*`([^`]+)`/g;

/** Runs the tutorial's code on this server and checks each output its prose promises. */
export async function findErrata(literal: PreparedLiteralDriver, server: RedisServer, settings: Settings): Promise<Errata> {
  const promises = promisedOutputs(literal.code);
  return withConnection(server, settings.protocol, settings.waitTimeoutMs, async (observer) => {
    const version = versionIn(await observer.info('server'));
    const driver = literal.open(server, observer);
    const at = new Date();
    const followed = await followTutorial(literal.code, driver, settings.waitTimeoutMs);
    return {
      against: `Redis ${version}, ${describeServer(server)}; ${driver.name}`,
      details: { server: describeServer(server), version, tools: literal.tools, at },
      checks: check(promises, followed.printed),
      followed,
    };
  });
}

/**
 * Each promise, wherever it stands, with the session its sentence names, by letter or ordinal. It
 * promises what the block before it made the window print, or, in a sentence ending with a colon
 * just before a block, what that block will.
 */
export function promisedOutputs(code: TutorialCode): PromisedOutput[] {
  const sessions = [...code.sessions.keys()];
  return code.tutorial.prose.flatMap((prose) =>
    [...prose.text.matchAll(promise)].map((match) => {
      const [, text] = match;
      const where = prose.heading === undefined ? `at line ${prose.line}` : `in section "${prose.heading}"`;
      const window = windowNamedIn(prose.text, sessions);
      if (!window) throw code.tutorial.error(`promises \`${text}\` ${where} without saying which IRB session prints it`);
      const next = code.placed.findIndex(({ block }) => block.line > prose.line);
      const introduces = prose.text.endsWith(':') && next >= 0 && code.placed[next]?.block.intro.at(-1) === prose.text;
      const block = introduces ? next : (next < 0 ? code.placed.length : next) - 1;
      if (block < 0) throw code.tutorial.error(`promises \`${text}\` at line ${prose.line}, before any code has run`);
      return { section: prose.heading ?? '', line: prose.line, window, text, block };
    }),
  );
}

export function check(promises: readonly PromisedOutput[], printed: Followed['printed']): Check[] {
  return promises.map((promised) => {
    const lines = printed[promised.block]?.get(promised.window) ?? [];
    return { ...promised, printed: lines, borneOut: lines.some((line) => fulfils(line, promised.text)) };
  });
}

/** `I heard...` promises a line that starts so; anything else, that very line. */
export function fulfils(line: string, promised: string): boolean {
  const prefix = /^(.*?)(?:\.\.\.|…)$/.exec(promised)?.[1];
  return prefix === undefined ? line === promised : line.startsWith(prefix);
}
