import type { Transcript } from './transcript';

/** One of the tutorial's IRB windows: a Redis connection that subscribes or publishes, and what it printed. */
export interface Session {
  readonly name: string;
  readonly printed: Transcript<string>;
  /** The client address the server sees for this session, once it has connected. */
  readonly address: string | undefined;
  /** `require 'redis'; redis = Redis.new` */
  start(): Promise<void>;
  /** Resolves once the server confirmed the subscription; then prints `template` for each message. */
  subscribe(channel: string, template: string): Promise<void>;
  /** Resolves to the number of receivers PUBLISH reports. */
  publish(channel: string, body: string): Promise<number>;
  ping(): Promise<string>;
  stop(): Promise<void>;
}

/** The redis-cli window running MONITOR. */
export interface MonitorWindow {
  readonly lines: Transcript<MonitorLine>;
  /** Resolves once the server answered MONITOR with OK. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface Driver {
  readonly name: string;
  session(name: string): Session;
  monitor(): MonitorWindow;
}

/** The puts of the tutorial's subscribers: `I heard [#{body}] on channel [#{channel}]`. */
export function render(template: string, channel: string, body: string): string {
  return template.replace(/#\{(body|channel)\}/g, (_, name: string) => (name === 'body' ? body : channel));
}

/** `1795463011.178495 [0 127.0.0.1:59528] "publish" "my_channel" "the message"` */
export interface MonitorLine {
  readonly time: string;
  readonly db: number;
  readonly source: string;
  /** The command's arguments as MONITOR quotes them: `"publish" "my_channel" "the message"`. */
  readonly command: string;
}

export function parseMonitorLine(text: string): MonitorLine | undefined {
  const match = /^(\d+\.\d+) \[(\d+) ([^\]]+)\] (.*)$/.exec(text);
  if (!match) return undefined;
  const [, time = '', db = '', source = '', command = ''] = match;
  return { time, db: Number(db), source, command };
}

export function commandName(line: MonitorLine): string {
  return (/^"([^"]*)"/.exec(line.command)?.[1] ?? '').toLowerCase();
}
