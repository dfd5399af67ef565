import { Transcript } from '../transcript';

/** `1795463011.178495 [0 127.0.0.1:59528] "publish" "my_channel" "the message"` */
export interface MonitorLine {
  readonly time: string;
  readonly db: number;
  readonly source: string;
  /** The command's arguments as MONITOR quotes them: `"publish" "my_channel" "the message"`. */
  readonly command: string;
}

/** What the monitor window showed, each line by its sender and its command: `[127.0.0.1:59528] "publish" "my_channel" "hi"`. */
export function monitorTranscript(): Transcript<MonitorLine> {
  return new Transcript<MonitorLine>('the monitor', (line) => `[${line.source}] ${line.command}`);
}

export function parseMonitorLine(text: string): MonitorLine | undefined {
  const match = /^(\d+\.\d+) \[(\d+) ([^\]]+)\] (.*)$/.exec(text);
  if (!match) return undefined;
  const [, time = '', db = '', source = '', command = ''] = match;
  return { time, db: Number(db), source, command };
}

/** The line as redis-cli prints it. */
export function monitorText(line: MonitorLine): string {
  return `${line.time} [${line.db} ${line.source}] ${line.command}`;
}

export function commandName(line: MonitorLine): string {
  return (/^"([^"]*)"/.exec(line.command)?.[1] ?? '').toLowerCase();
}

/** The arguments of a command written as MONITOR prints it: `"set" "greeting" "say \"hi\""` gives set, greeting, say "hi". */
export function commandArguments(command: string): string[] {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([, quoted = '']) => quoted.replace(/\\(["\\])/g, '$1'));
}
