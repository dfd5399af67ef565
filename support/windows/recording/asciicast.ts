import { StringDecoder } from 'node:string_decoder';
import type { RecordingClock } from './clock';

/** The pseudo-terminal of every recorded window: the literal driver sets irb's with stty, and the monitor's lines fit it. */
export const terminalSize = { cols: 100, rows: 24 } as const;

/** What a player needs of one window's recording: its name, its size, and the asciicast v2 text. */
export interface Cast {
  readonly window: string;
  readonly cols: number;
  readonly rows: number;
  readonly text: string;
}

/**
 * One window's recording in asciicast v2: a header line, then `[seconds, "o", text]` for each
 * chunk the window showed and `[seconds, "i", text]` for each line typed into it, timed on the
 * run's clock. Bytes are decoded as UTF-8 as they come, a character split between two chunks kept whole.
 */
export class Asciicast {
  private readonly events: string[] = [];
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    readonly window: string,
    private readonly clock: RecordingClock,
    private readonly title: string,
  ) {}

  /** What the terminal showed: bytes as they came, or text a stream already decoded. */
  output(chunk: string | Buffer, at?: number): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (text !== '') this.events.push(this.event(text, at));
  }

  /** What was typed into the terminal, as it was sent: an input event, which a player does not show (the terminal's echo shows it). */
  input(text: string, at?: number): void {
    this.events.push(this.event(text, at, 'i'));
  }

  /** Marks the end of the run, so that every window's recording lasts as long as the run. */
  end(at?: number): void {
    this.events.push(this.event(this.decoder.end(), at));
  }

  /** The recording so far; with `until`, as if it ended then. */
  cast(until?: number): Cast {
    const header = { version: 2, width: terminalSize.cols, height: terminalSize.rows, timestamp: this.clock.timestamp, title: this.title };
    const end = until === undefined ? [] : [this.event('', until)];
    return { window: this.window, ...terminalSize, text: [JSON.stringify(header), ...this.events, ...end, ''].join('\n') };
  }

  private event(text: string, at?: number, code: 'o' | 'i' = 'o'): string {
    return JSON.stringify([microseconds(this.clock.seconds(at)), code, text]);
  }
}

/** A time in seconds to the microsecond, as every time of a recording is written. */
export function microseconds(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}

/** `session A.cast`: the file of a window's recording. */
export function castFileName(window: string): string {
  return `${window.replace(/[^\w.-]+/g, ' ').trim()}.cast`;
}
