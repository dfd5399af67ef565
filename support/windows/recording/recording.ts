import { StringDecoder } from 'node:string_decoder';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { Asciicast, microseconds, type Cast } from './asciicast';
import { RecordingClock } from './clock';

/** A moment of the run worth finding again: where a block of the tutorial began. */
export interface Mark {
  readonly time: number;
  readonly line: number;
  readonly label: string;
}

/** A run's windows as recorded: one cast a window, all on one clock, and the run's marks. */
export interface Recorded {
  readonly casts: readonly Cast[];
  readonly marks: readonly Mark[];
  /** Seconds from the origin to the end of the run, the last event of every cast. */
  readonly duration: number;
}

/** The windows of one run (a scenario, or the tutorial followed by `npm run errata`), recorded as they show things. */
export class Recording {
  readonly clock = new RecordingClock();
  private readonly casts = new Map<string, Asciicast>();
  private readonly marks: Mark[] = [];
  private ended: Recorded | undefined;

  /** The recording of `window`, begun the first time it shows something. */
  window(window: string, title = window): Asciicast {
    let cast = this.casts.get(window);
    if (!cast) {
      cast = new Asciicast(window, this.clock, title);
      this.casts.set(window, cast);
    }
    return cast;
  }

  /** The recording of `window` so far, if it showed anything to one, as if it ended `until`. */
  castOf(window: string, until: number): Cast | undefined {
    return this.casts.get(window)?.cast(until);
  }

  mark(line: number, label: string): void {
    this.marks.push({ time: microseconds(this.clock.seconds()), line, label });
  }

  /** Ends every window's recording at the same moment, once. */
  end(): Recorded {
    if (this.ended) return this.ended;
    const at = performance.now();
    for (const cast of this.casts.values()) cast.end(at);
    this.ended = {
      casts: [...this.casts.values()].map((cast) => cast.cast()),
      marks: [...this.marks],
      duration: microseconds(this.clock.seconds(at)),
    };
    return this.ended;
  }
}

/** The recording the windows of this process show things to, if a run is being recorded. */
let current: Recording | undefined;

export function startRecording(): Recording {
  current = new Recording();
  return current;
}

/** Ends the recording, and the windows' hooks record nothing more. */
export function stopRecording(recording: Recording): Recorded {
  if (current === recording) current = undefined;
  return recording.end();
}

export function currentRecording(): Recording | undefined {
  return current;
}

/** The driver's hook for a window in a pseudo-terminal: each chunk it read from the terminal, as it read it. */
export function terminalShowed(window: string, chunk: string | Buffer): void {
  current?.window(window).output(chunk);
}

/**
 * The driver's hook for what it types into a window in a pseudo-terminal, when it writes it: the
 * terminal's echo shows it too, but only once the run reads it, maybe after what the line caused.
 */
export function terminalTyped(window: string, text: string): void {
  current?.window(window).input(text);
}

/**
 * The driver's hook for a window on pipes (the monitor's redis-cli): what a terminal would have
 * shown, the command as typed at a shell, `typed` (as input, and echoed), and each line the program
 * wrote, with the carriage return a terminal adds to a newline.
 */
export function pipesShowed(window: string, child: ChildProcessWithoutNullStreams, command: readonly string[], typed: string): void {
  const recording = current;
  if (!recording) return;
  const cast = recording.window(window, `${window}: ${command.join(' ')}, on pipes`);
  cast.output(`$ ${command.join(' ')}\r\n`);
  cast.input(`${typed}\n`);
  cast.output(`${typed}\r\n`);
  const errors = new StringDecoder('utf8');
  child.stdout.on('data', (chunk: Buffer) => cast.output(withCarriageReturns(chunk)));
  child.stderr.on('data', (chunk: Buffer) => cast.output(errors.write(withCarriageReturns(chunk))));
}

/** A newline byte is never part of a longer UTF-8 character: it can be replaced before decoding. */
function withCarriageReturns(chunk: Buffer): Buffer {
  return Buffer.from(chunk.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
}
