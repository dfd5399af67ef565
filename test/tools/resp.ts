/** RESP2 and RESP3 frames, read from and written to a byte stream, for the fault-injecting proxy. */
export type Resp =
  /** `+OK`, `-ERR ...`, `:1`, and RESP3's `_` null, `,` double, `#` boolean, `(` big number. */
  | { readonly kind: 'line'; readonly prefix: string; readonly text: string }
  /** `$` bulk string (null when `$-1`), RESP3's `!` bulk error and `=` verbatim string. */
  | { readonly kind: 'bulk'; readonly prefix: string; readonly data: Buffer | null }
  /** `*` array (null when `*-1`), RESP3's `>` push, `~` set, `%` map and `|` attributes (2 items per entry). */
  | { readonly kind: 'aggregate'; readonly prefix: string; readonly items: readonly Resp[] | null }
  /** A command typed without RESP framing, as telnet would send it. */
  | { readonly kind: 'inline'; readonly text: string };

const lines = new Set(['+', '-', ':', '_', ',', '#', '(']);
const bulks = new Set(['$', '!', '=']);
const aggregates = new Set(['*', '>', '~', '%', '|']);
const crlf = Buffer.from('\r\n');

/** Splits a byte stream into whole frames, keeping what is incomplete for the next chunk. */
export class RespReader {
  private pending = Buffer.alloc(0);

  push(chunk: Buffer): Resp[] {
    this.pending = Buffer.concat([this.pending, chunk]);
    const frames: Resp[] = [];
    for (;;) {
      const parsed = parse(this.pending, 0);
      if (!parsed) return frames;
      frames.push(parsed.frame);
      this.pending = this.pending.subarray(parsed.end);
    }
  }
}

function parse(buffer: Buffer, start: number): { frame: Resp; end: number } | undefined {
  const lineEnd = buffer.indexOf(crlf, start);
  if (lineEnd < 0) return undefined;
  const prefix = String.fromCharCode(buffer[start] ?? 0);
  const header = buffer.toString('utf8', start + 1, lineEnd);
  const next = lineEnd + 2;
  if (lines.has(prefix)) return { frame: { kind: 'line', prefix, text: header }, end: next };
  if (bulks.has(prefix)) {
    const length = Number(header);
    if (length < 0) return { frame: { kind: 'bulk', prefix, data: null }, end: next };
    if (buffer.length < next + length + 2) return undefined;
    return { frame: { kind: 'bulk', prefix, data: Buffer.from(buffer.subarray(next, next + length)) }, end: next + length + 2 };
  }
  if (aggregates.has(prefix)) {
    const count = Number(header);
    if (count < 0) return { frame: { kind: 'aggregate', prefix, items: null }, end: next };
    const items: Resp[] = [];
    let end = next;
    for (let index = 0; index < count * (prefix === '%' || prefix === '|' ? 2 : 1); index += 1) {
      const item = parse(buffer, end);
      if (!item) return undefined;
      items.push(item.frame);
      end = item.end;
    }
    return { frame: { kind: 'aggregate', prefix, items }, end };
  }
  return { frame: { kind: 'inline', text: buffer.toString('utf8', start, lineEnd) }, end: next };
}

export function encode(frame: Resp): Buffer {
  switch (frame.kind) {
    case 'line':
      return Buffer.from(`${frame.prefix}${frame.text}\r\n`);
    case 'inline':
      return Buffer.from(`${frame.text}\r\n`);
    case 'bulk':
      if (frame.data === null) return Buffer.from(`${frame.prefix}-1\r\n`);
      return Buffer.concat([Buffer.from(`${frame.prefix}${frame.data.length}\r\n`), frame.data, crlf]);
    case 'aggregate': {
      if (frame.items === null) return Buffer.from(`${frame.prefix}-1\r\n`);
      const pairs = frame.prefix === '%' || frame.prefix === '|';
      const count = pairs ? frame.items.length / 2 : frame.items.length;
      return Buffer.concat([Buffer.from(`${frame.prefix}${count}\r\n`), ...frame.items.map(encode)]);
    }
  }
}

export function bulk(text: string | Buffer): Resp {
  return { kind: 'bulk', prefix: '$', data: Buffer.isBuffer(text) ? text : Buffer.from(text) };
}

export function integer(value: number): Resp {
  return { kind: 'line', prefix: ':', text: String(value) };
}

/** A frame's strings, for an array of bulk strings (a command, a message push); undefined otherwise. */
export function strings(frame: Resp): string[] | undefined {
  if (frame.kind === 'inline') return frame.text.split(/\s+/).filter(Boolean);
  if (frame.kind !== 'aggregate' || !frame.items) return undefined;
  const texts: string[] = [];
  for (const item of frame.items) {
    if (item.kind === 'bulk' && item.data) texts.push(item.data.toString('utf8'));
    else if (item.kind === 'line') texts.push(item.text);
    else return undefined;
  }
  return texts;
}

/** An aggregate like `frame` with other items. */
export function withItems(frame: Resp & { kind: 'aggregate' }, items: readonly Resp[]): Resp {
  return { ...frame, items };
}
