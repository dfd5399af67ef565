import { commandName, monitorText, type MonitorLine } from '../support/windows/monitor/line';
import type { Transcript } from '../support/windows/transcript';
import { WaitTimeout } from '../support/lib/waiting';
import { actionOf, monitorWindow, type TutorialCode } from '../support/windows/drivers/literal/code';
import type { LiteralDriver } from '../support/windows/drivers/literal/index';
import type { RedisCliMonitor } from '../support/windows/drivers/literal/monitor';
import { startRecording, stopRecording, type Recorded } from '../support/windows/recording/recording';
import type { LiteralSession } from '../support/windows/drivers/literal/session';

/** What the windows did while a reader followed the document, block by block (as in `code.placed`). */
export interface Followed {
  /** By session, what it printed from each block until the next. */
  readonly printed: ReadonlyArray<ReadonlyMap<string, readonly string[]>>;
  /** What each block's own window showed after it, until that window's next block; none for an install step. */
  readonly shown: ReadonlyArray<readonly string[] | undefined>;
  /** What the Redis-CLI window showed from each block until the next: none before it started. */
  readonly monitored: ReadonlyArray<readonly MonitorLine[]>;
  /** The session each client address is, as the server saw it send: `127.0.0.1:59528` is session B. */
  readonly clients: ReadonlyMap<string, string>;
  /** Each window's recording, on one clock, with the moment each block began. */
  readonly recorded: Recorded;
}

/**
 * Follows the document as a reader does: each block typed into its window, in document order,
 * waiting after each publish until every subscriber printed what it heard, and after each block
 * until the monitor showed every subscribe and publish typed since it started. A window that does
 * not print or show is a finding, not a failure: what it printed is then nothing. Every window is
 * recorded as it shows things, on one clock.
 */
export async function followTutorial(code: TutorialCode, driver: LiteralDriver, timeoutMs: number): Promise<Followed> {
  const sessions = new Map<string, LiteralSession>();
  const subscribers = new Map<string, LiteralSession[]>();
  let monitor: RedisCliMonitor | undefined;
  let typed = 0;
  const printedFrom: Array<ReadonlyMap<string, number>> = [];
  const shownFrom: number[] = [];
  const monitoredFrom: number[] = [];
  const shownOf = (window: string | undefined): readonly string[] => {
    if (window === monitorWindow) return monitor ? ['OK', ...monitor.lines.entries.map(monitorText)] : [];
    return (window === undefined ? undefined : sessions.get(window)?.shown()) ?? [];
  };
  const recording = startRecording();
  try {
    for (const { block, window, opens } of code.placed) {
      recording.mark(block.line, `line ${block.line}, ${window ?? 'no window'}: ${block.statements[0]?.lines[0] ?? ''}`);
      printedFrom.push(new Map([...sessions].map(([name, session]) => [name, session.printed.entries.length])));
      shownFrom.push(shownOf(window).length);
      monitoredFrom.push(monitor?.lines.entries.length ?? 0);
      if (window === undefined) continue;
      if (window === monitorWindow) {
        monitor = driver.monitor();
        await monitor.start();
        typed = 0;
        continue;
      }
      const session = sessions.get(window) ?? driver.session(window);
      sessions.set(window, session);
      // Starting the session types its first block's setup: `require 'redis'`, `redis = Redis.new`.
      if (opens) await session.start();
      for (const statement of block.statements) {
        const action = actionOf(code.tutorial, statement);
        if (action.kind === 'subscribe') {
          await session.subscribe(action.channel);
          subscribers.set(action.channel, [...(subscribers.get(action.channel) ?? []), session]);
          typed += 1;
        } else if (action.kind === 'publish') {
          const listening = subscribers.get(action.channel) ?? [];
          const heard = listening.map((subscriber) => subscriber.printed.entries.length);
          await session.publish(action.channel, action.body);
          typed += 1;
          await Promise.all(listening.map((subscriber, index) => tolerate(untilMore(subscriber.printed, heard[index] ?? 0, timeoutMs))));
        }
      }
      if (monitor) await tolerate(untilShown(monitor.lines, typed, timeoutMs));
    }
    const printed = code.placed.map(
      (_, index) =>
        new Map(
          [...sessions].map(([name, session]) => {
            const until = printedFrom[index + 1]?.get(name) ?? session.printed.entries.length;
            return [name, session.printed.entries.slice(printedFrom[index]?.get(name) ?? 0, until)] as const;
          }),
        ),
    );
    const shown = code.placed.map(({ window }, index) => {
      if (window === undefined) return undefined;
      const next = code.placed.findIndex((other, later) => later > index && other.window === window);
      const lines = shownOf(window);
      return lines.slice(shownFrom[index], next < 0 ? lines.length : shownFrom[next]);
    });
    const monitored = code.placed.map((_, index) =>
      (monitor?.lines.entries ?? []).slice(monitoredFrom[index], monitoredFrom[index + 1] ?? monitor?.lines.entries.length),
    );
    const clients = new Map(
      [...sessions].flatMap(([name, session]) => (session.address === undefined ? [] : [[session.address, name] as const])),
    );
    return { printed, shown, monitored, clients, recorded: stopRecording(recording) };
  } finally {
    stopRecording(recording);
    await Promise.all([...sessions.values(), ...(monitor ? [monitor] : [])].map((window) => window.stop()));
  }
}

function untilMore(printed: Transcript<string>, count: number, timeoutMs: number): Promise<void> {
  return printed.until((lines) => lines.length > count, 'to print what it heard', timeoutMs);
}

function untilShown(lines: Transcript<MonitorLine>, count: number, timeoutMs: number): Promise<void> {
  const typed = (line: MonitorLine): boolean => ['subscribe', 'publish'].includes(commandName(line));
  return lines.until((entries) => entries.filter(typed).length >= count, `to show ${count} subscribes and publishes`, timeoutMs);
}

async function tolerate(wait: Promise<void>): Promise<void> {
  try {
    await wait;
  } catch (error) {
    if (!(error instanceof WaitTimeout)) throw error;
  }
}
