import { monitorText } from '../monitor/line';
import type { MonitorWindow, Session } from '../session';
import { Asciicast, type Cast } from './asciicast';
import type { Recording } from './recording';

/** A window as its transcript noted it: each line with when it came, on `performance.now()`'s scale. */
interface Noted {
  readonly window: string;
  readonly lines: ReadonlyArray<{ readonly text: string; readonly at: number }>;
}

/**
 * Each window as a recording on the run's clock, ending now: the one its terminal made, where the
 * driver records one (the literal driver's irb and redis-cli); else one made of what the window
 * noted, each line at the moment it came (the client driver's: the monitor's lines as redis-cli
 * prints them, what each session printed). The monitor first, then the sessions.
 */
export function castsOf(
  recording: Recording,
  monitor: Pick<MonitorWindow, 'lines'> | undefined,
  sessions: ReadonlyArray<Pick<Session, 'name' | 'printed'>>,
): Cast[] {
  const now = performance.now();
  const noted: Noted[] = [
    ...(monitor
      ? [
          {
            window: monitor.lines.owner,
            lines: monitor.lines.timed().map(({ entry, at }) => ({ text: monitorText(entry), at })),
          },
        ]
      : []),
    ...sessions.map((session) => ({ window: session.name, lines: session.printed.timed().map(({ entry, at }) => ({ text: entry, at })) })),
  ];
  return noted.map(({ window, lines }) => recording.castOf(window, now) ?? castOfLines(recording, window, lines, now));
}

function castOfLines(recording: Recording, window: string, lines: Noted['lines'], until: number): Cast {
  const cast = new Asciicast(window, recording.clock, `${window}: the lines it noted, as they came`);
  for (const { text, at } of lines) cast.output(`${text}\r\n`, at);
  return cast.cast(until);
}
