import type { Extras, Session } from './session';

/** Why a session of the tutorial's own code cannot do what a step asks: the one wording of that refusal. */
export function beyondTheTutorial(session: string, what: string, why: string): Error {
  return new Error(
    `${session} cannot ${what} under SESSION_DRIVER=literal: that is beyond the tutorial's code (${why}); tag the scenario @beyond-the-tutorial.`,
  );
}

/**
 * What `session` can do beyond the tutorial's code. A session whose driver cannot (the literal one) is refused here,
 * each extra when asked, saying why the tutorial's code has none of it; RESP2 is what the tutorial's own gem speaks,
 * so speaking it is starting.
 */
export function extrasOf(session: Session): Extras {
  if (session.extras) return session.extras;
  const refuse = (what: string, why: string): Promise<never> => Promise.reject(beyondTheTutorial(session.name, what, why));
  return {
    ping: () => refuse('ping Redis', 'the tutorial never pings'),
    startSpeaking: (protocol) => (protocol === 2 ? session.start() : refuse(`speak RESP${protocol}`, 'its redis gem speaks RESP2')),
    run: (command) => refuse(`run ${command.join(' ')}`, 'the tutorial only subscribes and publishes'),
    psubscribe: (pattern) => refuse(`subscribe to channels matching ${pattern}`, 'the tutorial subscribes to my_channel only'),
    unsubscribe: (channel) => refuse(`unsubscribe from ${channel}`, 'the tutorial never unsubscribes'),
    publishBytes: (channel) => refuse(`publish bytes to ${channel}`, 'the tutorial publishes two strings'),
    subscribeSlowly: (channel) => refuse(`subscribe slowly to ${channel}`, "the tutorial's subscribers print at once"),
    goOn: () => refuse('go on', "the tutorial's subscribers never wait"),
    ssubscribe: (channel) => refuse(`subscribe to the shard channel ${channel}`, 'the tutorial never uses sharded Pub/Sub'),
  };
}
