import { connect, describeServer } from '../../connect';
import type { Driver, MonitorWindow, Session } from '../../session';
import type { RedisServer } from '../../server';
import type { Settings } from '../../settings';
import { WaitTimeout } from '../../waiting';
import { actionOf, monitorSection, type TutorialCode } from './code';
import type { LiteralDriver } from './index';
import type { Tutorial } from './tutorial';

/** An output the prose promises: "In IRB Session B you get the output `...`", "The third IRB window outputs `...`". */
export interface PromisedOutput {
  readonly section: string;
  readonly window: string;
  readonly text: string;
}

export interface Check extends PromisedOutput {
  /** What the window printed while the reader followed that section. */
  readonly printed: readonly string[];
  readonly borneOut: boolean;
}

/** By section heading, what each session printed during it. */
export type Printed = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

const promise = /\boutputs?\b[^`]*`([^`]+)`/;
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
const namedSession = /\bIRB Session "?([A-Z])\b"?/;
const countedSession = new RegExp(`\\b(${ordinals.join('|')}) IRB (?:session|window)\\b`, 'i');

export interface Errata {
  /** The server and the tools the tutorial ran on. */
  readonly against: string;
  readonly checks: readonly Check[];
}

/** Runs the tutorial's code on this server and checks each output its prose promises. */
export async function findErrata(literal: LiteralDriver, server: RedisServer, settings: Settings): Promise<Errata> {
  const promises = promisedOutputs(literal.code);
  const observer = connect(server, settings.protocol, settings.waitTimeoutMs);
  try {
    await observer.connect();
    const driver = literal.open(server, observer);
    const printed = await followTutorial(literal.code, driver, settings.waitTimeoutMs);
    return { against: `${describeServer(server)}; ${driver.name}`, checks: check(promises, printed) };
  } finally {
    observer.disconnect();
  }
}

export function promisedOutputs(code: TutorialCode): PromisedOutput[] {
  return code.tutorial.sections.flatMap((section) =>
    section.prose.flatMap((line) => {
      const text = promise.exec(line)?.[1];
      if (text === undefined) return [];
      const window = windowNamedIn(line, code);
      if (!window)
        throw code.tutorial.error(`promises \`${text}\` in section "${section.heading}" without saying which IRB session prints it`);
      return [{ section: section.heading, window, text }];
    }),
  );
}

/** `IRB Session B`, or `the second IRB window`: the sessions counted in the order the document starts them. */
function windowNamedIn(text: string, code: TutorialCode): string | undefined {
  const letter = namedSession.exec(text)?.[1];
  if (letter) return `session ${letter}`;
  const ordinal = countedSession.exec(text)?.[1]?.toLowerCase();
  return ordinal === undefined ? undefined : [...code.sessions.keys()][ordinals.indexOf(ordinal)];
}

/**
 * Follows the document as a reader does: section by section, each block typed into the window the
 * section names (its heading, else the prose before the block), waiting after each publish until
 * every subscriber printed what it heard.
 */
export async function followTutorial(code: TutorialCode, driver: Driver, timeoutMs: number): Promise<Printed> {
  const sessions = new Map<string, Session>();
  const subscribers = new Map<string, Session[]>();
  const monitors: MonitorWindow[] = [];
  const printed = new Map<string, Map<string, readonly string[]>>();
  const open = async (name: string): Promise<Session> => {
    let session = sessions.get(name);
    if (!session) {
      session = driver.session(name);
      sessions.set(name, session);
      await session.start();
    }
    return session;
  };
  try {
    for (const section of code.tutorial.sections) {
      const before = new Map([...sessions.values()].map((session) => [session, session.printed.entries.length]));
      for (const block of section.blocks) {
        if (block.kind === 'terminal') {
          // The other terminal blocks install Redis and the gem, which the machine has.
          if (section.heading !== monitorSection) continue;
          const monitor = driver.monitor();
          monitors.push(monitor);
          await monitor.start();
          continue;
        }
        const name = windowNamedIn(section.heading, code) ?? windowNamedIn(block.intro.join(' '), code);
        if (!name) throw blockWithoutWindow(code.tutorial, block.line);
        // Starting the session types its section's setup: `require 'redis'`, `redis = Redis.new`.
        const session = await open(name);
        for (const statement of block.statements) {
          const action = actionOf(code.tutorial, statement);
          if (action.kind === 'subscribe') {
            await session.subscribe(action.channel, '');
            subscribers.set(action.channel, [...(subscribers.get(action.channel) ?? []), session]);
          } else if (action.kind === 'publish') {
            const listening = subscribers.get(action.channel) ?? [];
            const heard = listening.map((subscriber) => subscriber.printed.entries.length);
            await session.publish(action.channel, action.body);
            await Promise.all(listening.map((subscriber, index) => printedMore(subscriber, heard[index] ?? 0, timeoutMs)));
          }
        }
      }
      printed.set(
        section.heading,
        new Map([...sessions].map(([name, session]) => [name, session.printed.entries.slice(before.get(session) ?? 0)])),
      );
    }
    return printed;
  } finally {
    await Promise.all([...sessions.values(), ...monitors].map((window) => window.stop()));
  }
}

export function check(promises: readonly PromisedOutput[], printed: Printed): Check[] {
  return promises.map((promised) => {
    const lines = printed.get(promised.section)?.get(promised.window) ?? [];
    return { ...promised, printed: lines, borneOut: lines.some((line) => fulfils(line, promised.text)) };
  });
}

/** `I heard...` promises a line that starts so; anything else, that very line. */
function fulfils(line: string, promised: string): boolean {
  const prefix = /^(.*?)(?:\.\.\.|…)$/.exec(promised)?.[1];
  return prefix === undefined ? line === promised : line.startsWith(prefix);
}

/** A subscriber that prints nothing is a finding, not a failure: the report shows it printed nothing. */
async function printedMore(session: Session, count: number, timeoutMs: number): Promise<void> {
  try {
    await session.printed.until((lines) => lines.length > count, 'to print what it heard', timeoutMs);
  } catch (error) {
    if (!(error instanceof WaitTimeout)) throw error;
  }
}

function blockWithoutWindow(tutorial: Tutorial, line: number): Error {
  return tutorial.error(`has a {% irb %} block at line ${line} whose section does not say which IRB session types it`);
}
