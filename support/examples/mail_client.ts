import { extrasOf } from '../windows/beyond_the_tutorial';
import type { Session } from '../windows/session';

/**
 * The tutorial's asynchronous request-response client: it checks a mailbox on the server (a Redis
 * list the mail server pushes onto) when it starts and every `intervalMinutes` after, taking every
 * mail waiting and printing it in its session with the minute of the check. Its minutes are the
 * scenario's: they pass only when `pass` is called, so no check depends on a real clock.
 */
export class MailClient {
  private minute = 0;

  constructor(
    readonly session: Session,
    readonly intervalMinutes: number,
  ) {
    if (!Number.isInteger(intervalMinutes) || intervalMinutes < 1) {
      throw new Error(`a mail client checks every whole number of minutes from 1, not every ${intervalMinutes}`);
    }
  }

  get mailbox(): string {
    return mailboxOf(this.session);
  }

  async start(): Promise<void> {
    await this.session.start();
    await this.check();
  }

  async pass(minutes: number): Promise<void> {
    for (let passed = 0; passed < minutes; passed += 1) {
      this.minute += 1;
      if (this.minute % this.intervalMinutes === 0) await this.check();
    }
  }

  private async check(): Promise<void> {
    for (;;) {
      const mail = await extrasOf(this.session).run(['lpop', this.mailbox]);
      if (mail === null) return;
      if (typeof mail !== 'string') throw new Error(`LPOP ${this.mailbox} answered ${JSON.stringify(mail)}, not a mail`);
      this.session.printed.add(`minute ${this.minute}: ${mail}`);
    }
  }
}

/** Alice's mailbox is the list `mailbox:alice`. */
export function mailboxOf(owner: Session): string {
  return `mailbox:${owner.name.toLowerCase()}`;
}
