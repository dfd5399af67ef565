import type { Run } from '../../server/run';
import type { MonitorWindow, Session } from '../session';
import { commandName, type MonitorLine } from './line';

const handshake = new Set(['hello', 'info', 'client', 'select', 'auth']);

/** The windows of a scenario, as far as reading the monitor needs them. */
export interface Watched {
  readonly run: Run;
  readonly timeoutMs: number;
  readonly monitorIfOpen: MonitorWindow | undefined;
  openSessions(): readonly Session[];
}

/** What the monitor showed, and by whom: each line's sender, the handshakes left out. */
export class WhatTheMonitorShowed {
  private fences = 0;

  constructor(private readonly watched: Watched) {}

  /** Who sent a monitor line: a session's name, "the spec", or the raw address. */
  sender(line: MonitorLine): string {
    if (line.source === this.watched.run.observerAddress) return 'the spec';
    for (const session of this.watched.openSessions()) if (session.address === line.source) return session.name;
    return line.source;
  }

  /** The monitor's lines with each client's connection handshake left out. */
  lines(): readonly MonitorLine[] {
    return (this.watched.monitorIfOpen?.lines.entries ?? []).filter((line) => !handshake.has(commandName(line)));
  }

  /** Each line as its sender and command. */
  rows(lines: readonly MonitorLine[] = this.lines()): string[][] {
    return lines.map((line) => [this.sender(line), line.command]);
  }

  /** What the monitor showed, each line with its sender's name. */
  describe(): string {
    const lines = this.rows().map(([sender = '', command = '']) => `  ${sender}: ${command}`);
    return lines.length ? `the monitor showed:\n${lines.join('\n')}` : 'the monitor showed nothing';
  }

  /** Waits until the monitor shows what `shown` looks for; a failure says what it showed instead. */
  async until(shown: () => boolean, awaited: string): Promise<void> {
    await this.opened(awaited).lines.until(shown, awaited, this.watched.timeoutMs, () => this.describe());
  }

  private opened(awaited: string): MonitorWindow {
    const monitor = this.watched.monitorIfOpen;
    if (monitor) return monitor;
    throw new Error(`Awaited the monitor ${awaited}, but no monitor was started: begin the scenario with "Given the monitor runs MONITOR"`);
  }

  /** Whether the monitor showed `session` sending `command`. */
  showsSending(session: Session, command: string): boolean {
    return this.lines().some((line) => line.command === command && this.sender(line) === session.name);
  }

  /**
   * Every line the monitor has shown up to now, but the spec's own: the spec pings Redis, and
   * once the monitor shows that ping, every command Redis ran before it has been shown.
   */
  async soFar(): Promise<readonly MonitorLine[]> {
    this.fences += 1;
    const fence = `"ping" "everything so far ${this.fences}"`;
    this.opened(`to show everything so far`);
    const isFence = (line: MonitorLine): boolean => line.command === fence && this.sender(line) === 'the spec';
    await this.watched.run.observer.ping(`everything so far ${this.fences}`);
    await this.until(() => this.lines().some(isFence), `to show the spec sending ${fence}`);
    const lines = this.lines();
    return lines.slice(0, lines.findIndex(isFence)).filter((line) => this.sender(line) !== 'the spec');
  }
}

/** Whether `rows` holds `wanted`, in that order, with anything in between. */
export function inOrder(rows: readonly string[][], wanted: readonly string[][]): boolean {
  let next = 0;
  for (const row of rows) if (next < wanted.length && row.join('\n') === wanted[next]?.join('\n')) next += 1;
  return next === wanted.length;
}
