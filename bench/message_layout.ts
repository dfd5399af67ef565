/**
 * Every message of a bench channel has one payload size, so each arrives at a subscriber as a frame of one
 * length: `*3 $7 message $<n> <channel> $<n> <payload>`. A timed payload carries its sequence number; the
 * bench's own throughput payloads and redis-benchmark's are only counted.
 */
export class MessageLayout {
  readonly header: Buffer;
  readonly frameBytes: number;

  constructor(
    readonly channel: string,
    readonly payloadBytes: number,
  ) {
    this.header = Buffer.from(`*3\r\n$7\r\nmessage\r\n$${Buffer.byteLength(channel)}\r\n${channel}\r\n$${payloadBytes}\r\n`);
    this.frameBytes = this.header.length + payloadBytes + 2;
  }

  timed(seq: number): string {
    return this.pad(`${timedTag}${String(seq).padStart(seqDigits, '0')}`);
  }

  untimed(): string {
    return this.pad('t');
  }

  /** redis-benchmark's payload: the same size, nothing to read in it. */
  foreign(): string {
    return 'x'.repeat(this.payloadBytes);
  }

  isFrameAt(buffer: Buffer, offset: number): boolean {
    return (
      buffer.compare(this.header, 0, this.header.length, offset, offset + this.header.length) === 0 &&
      buffer[offset + this.frameBytes - 2] === cr &&
      buffer[offset + this.frameBytes - 1] === lf
    );
  }

  /** The sequence number of the timed message framed at `offset`, or undefined for any other message. */
  seqAt(buffer: Buffer, offset: number): number | undefined {
    const payload = offset + this.header.length;
    if (buffer[payload] !== timedTag.charCodeAt(0)) return undefined;
    return Number(buffer.toString('latin1', payload + 1, payload + 1 + seqDigits));
  }

  private pad(start: string): string {
    return start.padEnd(this.payloadBytes, '.');
  }
}

const timedTag = 'l';
const seqDigits = 10;
const cr = 13;
const lf = 10;
