import { strict as assert } from 'node:assert';

export interface CastHeader {
  readonly version: number;
  readonly width: number;
  readonly height: number;
  readonly timestamp: number;
  readonly title?: string;
}

export interface ParsedCast {
  readonly header: CastHeader;
  readonly events: ReadonlyArray<readonly [number, 'o' | 'i', string]>;
}

/**
 * An asciicast v2 recording, read as a player reads it, failing on what the format does not allow: a
 * header line of JSON with version 2, width, height and timestamp; then one event a line, `[time, "o",
 * text]` for what the terminal showed or `[time, "i", text]` for what was typed, times in seconds,
 * never going back.
 */
export function parseCast(text: string, name: string): ParsedCast {
  const [first = '', ...rest] = text.split('\n');
  assert.equal(rest.at(-1), '', `${name} does not end with a newline`);
  const header = JSON.parse(first) as CastHeader;
  assert.equal(header.version, 2, `${name}: version`);
  for (const field of ['width', 'height', 'timestamp'] as const)
    assert.ok(Number.isInteger(header[field]) && header[field] > 0, `${name}: ${field} is ${String(header[field])}`);
  let last = 0;
  const events = rest.slice(0, -1).map((line, index) => {
    const event = JSON.parse(line) as unknown;
    assert.ok(Array.isArray(event) && event.length === 3, `${name}, event ${index + 1}: ${line}`);
    const [time, code, data] = event as [unknown, unknown, unknown];
    assert.ok(typeof time === 'number' && time >= last, `${name}, event ${index + 1}: time ${String(time)} after ${last}`);
    assert.ok(code === 'o' || code === 'i', `${name}, event ${index + 1}: code ${String(code)}`);
    assert.equal(typeof data, 'string', `${name}, event ${index + 1}: data`);
    last = time;
    return [time, code, data as string] as const;
  });
  return { header, events };
}

/** What the recording's terminal showed, in one string. */
export function shownBy(cast: ParsedCast): string {
  return cast.events.flatMap(([, code, data]) => (code === 'o' ? [data] : [])).join('');
}

/** When the recording first showed `text` (`o`), or when `text` was typed (`i`): the time of the event that completed it. */
export function firstTime(cast: ParsedCast, code: 'o' | 'i', text: string, name: string): number {
  let seen = '';
  for (const [time, kind, data] of cast.events) {
    if (kind !== code) continue;
    seen += data;
    if (seen.includes(text)) return time;
  }
  assert.fail(
    `${name} never ${code === 'o' ? 'showed' : 'was typed'} ${JSON.stringify(text)}; it ${code === 'o' ? 'showed' : 'was typed'} ${JSON.stringify(seen)}`,
  );
}
