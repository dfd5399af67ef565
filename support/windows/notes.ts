import { CommandRefused } from './command_refused';

/** What a window noted of what it was asked to do, for a later step to recall. */
export interface Notes {
  /** The last reply it got, as irb would echo it. */
  reply: number | string;
  /** The error Redis answered its last refused command with. */
  refusal: string;
  /** What it last published as JSON, as the value it was before it became text. */
  publishedValue: unknown;
  /** Its mail client, whose minutes pass when a step says so. */
  mailClient: { pass(minutes: number): Promise<void> };
}

/** A window's own notes, as a Screenplay actor keeps them: remembered by one step, recalled by another. */
export class Notepad {
  private readonly notes: Partial<Notes> = {};

  remember<Note extends keyof Notes>(note: Note, value: Notes[Note]): void {
    this.notes[note] = value;
  }

  recall<Note extends keyof Notes>(note: Note): Notes[Note] | undefined {
    return this.notes[note];
  }

  forget(...notes: ReadonlyArray<keyof Notes>): void {
    for (const note of notes) this.notes[note] = undefined;
  }

  /** Notes what a command got: its reply, or the error Redis refused it with; either way, not the last command's. */
  async attempt(command: () => Promise<number | string>): Promise<void> {
    this.forget('reply', 'refusal');
    try {
      this.remember('reply', await command());
    } catch (error) {
      if (!(error instanceof CommandRefused)) throw error;
      this.remember('refusal', error.message);
    }
  }
}
