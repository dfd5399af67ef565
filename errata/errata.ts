import { describeServer, withConnection } from '../support/server/connect';
import type { RedisServer } from '../support/server/server';
import type { Settings } from '../support/server/settings';
import { versionIn } from '../support/server/start_run';
import type { TutorialCode } from '../support/windows/drivers/literal/code';
import { followTutorial, type Followed } from './follow';
import type { PreparedLiteralDriver, Tools } from '../support/windows/drivers/literal/index';
import { windowNamedIn } from '../support/windows/drivers/literal/windows';
import type { Prose } from '../support/windows/drivers/literal/tutorial';
import { checkMonitor, observesTheMonitor, readMonitorObservation, type Evidence, type MonitorObservation } from './monitor_observations';

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

/** Something the document asks its reader to observe: an output of an IRB session, or what the Redis-CLI window shows. */
export type Observation = PromisedOutput | MonitorObservation;

export interface Check extends PromisedOutput {
  /** What the window printed from that block until the next; for the monitor, its SUBSCRIBEs and PUBLISHes, each with the session that sent it. */
  readonly printed: readonly string[];
  readonly borneOut: boolean;
  /** What would bear it out, in words. */
  readonly reading: string;
  /** For the monitor: the MONITOR lines that bear it out, or those it showed instead. */
  readonly evidence: readonly Evidence[];
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

/** Runs the tutorial's code on this server and checks each output its prose promises. */
export async function findErrata(literal: PreparedLiteralDriver, server: RedisServer, settings: Settings): Promise<Errata> {
  const observations = observationsOf(literal.code);
  return withConnection(server, settings.protocol, settings.waitTimeoutMs, async (observer) => {
    const version = versionIn(await observer.info('server'));
    const driver = literal.open(server, observer);
    const at = new Date();
    const followed = await followTutorial(literal.code, driver, settings.waitTimeoutMs);
    return {
      against: `Redis ${version}, ${describeServer(server)}; ${driver.name}`,
      details: { server: describeServer(server), version, tools: literal.tools, at },
      checks: checkAll(observations, followed),
      followed,
    };
  });
}

/**
 * Each observation the document asks for, in document order: each output its prose promises
 * (`promisedOutputs`), and each sentence that says what the Redis-CLI window shows.
 */
export function observationsOf(code: TutorialCode): Observation[] {
  const monitor = code.tutorial.prose.filter(observesTheMonitor).map((prose): MonitorObservation => {
    const block = blockOf(code, prose, 'observes the redis-cli window');
    const read = readMonitorObservation(code, prose, block);
    if (!read)
      throw code.tutorial.error(
        `observes the redis-cli window at line ${prose.line} in words errata cannot read ("${prose.text}"): say it shows "a subscriber added", "the second subscriber" or "a message was posted"`,
      );
    return { ...read, section: prose.heading ?? '', block };
  });
  return [...promisedOutputs(code), ...monitor].sort((a, b) => a.line - b.line);
}

/**
 * Each promised output, wherever it stands, with the session its sentence names, by letter or ordinal. It
 * promises what the block before it made the window print, or, in a sentence ending with a colon
 * just before a block, what that block will.
 */
export function promisedOutputs(code: TutorialCode): PromisedOutput[] {
  const sessions = [...code.sessions.keys()];
  return code.tutorial.prose.flatMap((prose) =>
    promisesIn(prose).map(({ text, line }) => {
      const where = prose.heading === undefined ? `at line ${prose.line}` : `in section "${prose.heading}"`;
      const window = windowNamedIn(prose.text, sessions);
      if (!window) throw code.tutorial.error(`promises \`${text}\` ${where} without saying which IRB session prints it`);
      return { section: prose.heading ?? '', line, window, text, block: blockOf(code, prose, `promises \`${text}\``) };
    }),
  );
}

const promising = /\b(?:outputs?|prints?)\b/;

/** The code spans of a paragraph that follow "outputs" or "prints" with no code span between, each at its own line. */
function promisesIn(prose: Prose): Array<{ text: string; line: number }> {
  const found: Array<{ text: string; line: number }> = [];
  let line = prose.line;
  let since = '';
  for (const child of prose.inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
    if (child.type === 'text') since += child.content;
    if (child.type !== 'code_inline') continue;
    if (promising.test(since)) found.push({ text: child.content, line });
    since = '';
  }
  return found;
}

/** The block a sentence is about: the one before it, or, for a sentence ending with a colon just before a block, that block. */
function blockOf(code: TutorialCode, prose: Prose, what: string): number {
  const next = code.placed.findIndex(({ block }) => block.line > prose.line);
  const introduces = prose.text.endsWith(':') && next >= 0 && code.placed[next]?.block.intro.at(-1) === prose.text;
  const block = introduces ? next : (next < 0 ? code.placed.length : next) - 1;
  if (block < 0) throw code.tutorial.error(`${what} at line ${prose.line}, before any code has run`);
  return block;
}

/** Each observation beside what the run showed. */
export function checkAll(observations: readonly Observation[], followed: Pick<Followed, 'printed' | 'monitored' | 'clients'>): Check[] {
  return observations.map((observation) => {
    if (!('sought' in observation)) return checkOutput(observation, followed.printed);
    const { section, line, window, text, block, reading } = observation;
    return { section, line, window, text, block, reading, ...checkMonitor(observation, followed.monitored, followed.clients) };
  });
}

export function check(promises: readonly PromisedOutput[], printed: Followed['printed']): Check[] {
  return promises.map((promised) => checkOutput(promised, printed));
}

function checkOutput(promised: PromisedOutput, printed: Followed['printed']): Check {
  const lines = printed[promised.block]?.get(promised.window) ?? [];
  const prefix = startOf(promised.text);
  const reading =
    prefix === undefined
      ? `the line \`${promised.text}\`, printed by ${promised.window}`
      : `a line printed by ${promised.window} that starts \`${prefix}\``;
  return { ...promised, printed: lines, borneOut: lines.some((line) => fulfils(line, promised.text)), reading, evidence: [] };
}

/** `I heard...` promises a line that starts so; anything else, that very line. */
export function fulfils(line: string, promised: string): boolean {
  const prefix = startOf(promised);
  return prefix === undefined ? line === promised : line.startsWith(prefix);
}

function startOf(promised: string): string | undefined {
  return /^(.*?)(?:\.\.\.|…)$/.exec(promised)?.[1];
}
