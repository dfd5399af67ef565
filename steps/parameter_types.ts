import { defineParameterType } from '@cucumber/cucumber';
import type { Session } from '../support/session';
import type { TutorialWorld } from '../support/world';

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
