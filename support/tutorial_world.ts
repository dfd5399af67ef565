import { World } from '@cucumber/cucumber';
import type { BusSnapshot } from './server/cluster/bus';
import type Redis from 'ioredis';
import { describeServer } from './server/connect';
import type { RedisServer } from './server/server';
import { currentRun, type Run } from './server/run';
import { WhatTheMonitorShowed } from './windows/monitor/showed';
import type { MonitorWindow, Session } from './windows/session';
import { messageOf } from './lib/errors';

/** The tutorial's windows in one scenario: the monitor and the IRB sessions, found or opened by name. */
export class TutorialWorld extends World {
  private readonly sessions = new Map<string, Session>();
  private monitorWindow: MonitorWindow | undefined;
  readonly monitorShowed = new WhatTheMonitorShowed(this);
  /** On a cluster: the node a session last published on, and what each node had received over the cluster bus before. */
  busBefore: BusSnapshot | undefined;

  get run(): Run {
    return currentRun();
  }

  get timeoutMs(): number {
    return this.run.settings.waitTimeoutMs;
  }

  session(name: string): Session {
    let session = this.sessions.get(name);
    if (!session) {
      session = this.run.driver.session(name);
      this.sessions.set(name, session);
    }
    return session;
  }

  /** A new window on one node of a cluster; a window of that name must not exist yet. */
  sessionOn(name: string, node: RedisServer): Session {
    if (this.sessions.has(name)) throw new Error(`${name} is open already: a window starts once, on one node`);
    const session = this.run.driver.session(name, node);
    this.sessions.set(name, session);
    return session;
  }

  monitorOn(node: RedisServer): MonitorWindow {
    if (this.monitorWindow) throw new Error('the monitor is open already: it starts once, on one node');
    this.monitorWindow = this.run.driver.monitor(node);
    return this.monitorWindow;
  }

  get monitorIfOpen(): MonitorWindow | undefined {
    return this.monitorWindow;
  }

  get monitor(): MonitorWindow {
    this.monitorWindow ??= this.run.driver.monitor();
    return this.monitorWindow;
  }

  /** Asks the server on the spec's own connection; a failure names the server and what was asked. */
  async askServer<T>(what: string, question: (observer: Redis) => Promise<T>): Promise<T> {
    try {
      return await question(this.run.observer);
    } catch (error) {
      const reason = messageOf(error);
      throw new Error(`the spec could not ${what} on ${describeServer(this.run.server)}: ${reason}`, { cause: error });
    }
  }

  /** The scenario's sessions, in order of use. */
  openSessions(): readonly Session[] {
    return [...this.sessions.values()];
  }

  /** Every window of the scenario, as the tutorial asks a reader to observe them. */
  windows(): string {
    return this.windowsShown()
      .map(({ shown }) => shown)
      .join('\n');
  }

  /** Each window the scenario used, by name, with what it showed: the monitor first, then the sessions in order of use. */
  windowsShown(): Array<{ readonly window: string; readonly shown: string }> {
    const monitor = this.monitorWindow ? [{ window: this.monitorWindow.lines.owner, shown: this.monitorShowed.describe() }] : [];
    const sessions = [...this.sessions.values()].map((session) => ({ window: session.name, shown: session.printed.describe() }));
    return [...monitor, ...sessions];
  }

  async close(): Promise<void> {
    const windows = [...this.sessions.values(), ...(this.monitorWindow ? [this.monitorWindow] : [])];
    await Promise.all(windows.reverse().map((window) => window.stop()));
  }
}
