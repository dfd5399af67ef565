import { defineParameterType } from '@cucumber/cucumber';
import type { Session } from '../support/windows/session';
import type { TutorialWorld } from '../support/tutorial_world';

defineParameterType({
  name: 'session',
  regexp: /session [A-Z]/,
  transformer(this: TutorialWorld, name: string): Session {
    return this.session(name);
  },
});

defineParameterType({
  name: 'channel',
  regexp: /[a-z][\w.:*-]*/,
  transformer: (channel: string) => channel,
});

/** A command as MONITOR prints it: `"publish" "my_channel" "the message"`. */
defineParameterType({
  name: 'command',
  regexp: /(?:"(?:[^"\\]|\\.)*"(?: |$))+/,
  transformer: (command: string) => command.trim(),
});

const people = 'Alice|Bob|Carol|Dave|Erin';

/** A person of the tutorial's examples (a chatroom participant, a mail reader): a session of that name. */
defineParameterType({
  name: 'participant',
  regexp: new RegExp(people),
  transformer(this: TutorialWorld, name: string): Session {
    return this.session(name);
  },
});

/** `Alice, Bob and Carol` */
defineParameterType({
  name: 'participants',
  regexp: new RegExp(`(?:${people})(?:(?:, | and )(?:${people}))*`),
  transformer(this: TutorialWorld, names: string): Session[] {
    return names.split(/, | and /).map((name) => this.session(name));
  },
});

/** The server side of the tutorial's examples, a session of its own. */
defineParameterType({
  name: 'service',
  regexp: /the chat service|the mail server/,
  transformer(this: TutorialWorld, name: string): Session {
    return this.session(name);
  },
});

/** Bytes as Ruby's `body.bytes` prints them: `[0, 255, 13, 10]`. */
defineParameterType({
  name: 'bytes',
  regexp: /\[\d+(?:, \d+)*\]/,
  transformer(text: string): Uint8Array {
    const bytes = text.slice(1, -1).split(', ').map(Number);
    const wrong = bytes.find((byte) => byte > 255);
    if (wrong !== undefined) throw new Error(`${wrong} in ${text} is not a byte: write numbers from 0 to 255`);
    return Uint8Array.from(bytes);
  },
});

/** `SUBSCRIBE, PING and QUIT`: command names as Redis's errors write them. */
defineParameterType({
  name: 'commandNames',
  regexp: /[A-Z]+(?:(?:, | and )[A-Z]+)*/,
  transformer: (names: string): string[] => names.split(/, | and /),
});
