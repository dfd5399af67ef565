import type { Connection, Fault, FaultProxy, ServerFrame } from './fault_proxy';
import { bulk, integer, withItems, type Resp } from './resp';

/**
 * Each way the proxy can break Pub/Sub, the claim it breaks, and the scenarios that make that claim
 * and so must fail. A scenario is named as `Feature: Scenario`. A fault whose claim no scenario makes
 * yet has `caughtBy: []`: the check reports it, and a scenario that makes the claim adds its name here.
 */
export interface FaultCase {
  readonly name: string;
  readonly breaks: string;
  readonly caughtBy: readonly string[];
  readonly make: () => Fault;
}

const experiments = {
  answers: 'Getting Started: Redis is installed and answers',
  monitorShowsCommands: 'Getting Started: The monitor shows every command a session sends',
  monitorSeesB: 'Start IRB Session "B": The monitor sees session B subscribe',
  bHears: 'Publish in IRB Session A: Session B hears the message',
  monitorSeesPublish: 'Publish in IRB Session A: The monitor sees the message posted',
  reachesOne: 'Publish in IRB Session A: The message reaches its one subscriber',
  monitorSeesC: 'Start IRB Session "C": The monitor sees a second subscriber',
  bothHear: 'Broadcast to the Channel: Both subscribers hear the broadcast',
  cHearsOnlyLater: 'Broadcast to the Channel: Session C hears only what was published after it subscribed',
  whole: 'The whole experiment, window by window: Four windows, two messages',
};

const claims = {
  cheap: 'Pub/Sub Take Aways: One PUBLISH reaches 100 subscribers',
  utf8: 'Pub/Sub Take Aways: A UTF-8 body arrives byte for byte',
  binary: 'Pub/Sub Take Aways: A binary body arrives byte for byte',
  order: 'What the experiments rely on: 100 messages published in a row arrive in order at both subscribers',
  otherChannel: 'What the experiments rely on: A message on your_channel is not heard on my_channel',
  twoChannels: 'What the experiments rely on: With subscribers on two channels at once, a message is heard on its own channel only',
  unsubscribe: 'What the experiments rely on: After a confirmed UNSUBSCRIBE, the session hears nothing more',
  cBeforeA: 'What the experiments rely on: C subscribes before A publishes, so C hears the message',
  aBeforeC: 'What the experiments rely on: A publishes before C subscribes, so C does not hear the message',
  resp2Refuses:
    'What the experiments rely on: In RESP2, Redis refuses a GET from a subscribed session, and the monitor never shows it, but a PING runs',
};

export const faultCases: readonly FaultCase[] = [
  {
    name: 'drop messages to the first subscriber',
    breaks: 'a subscriber hears every message published on its channel',
    caughtBy: [experiments.bHears, experiments.whole],
    make: () => dropMessagesTo((position) => position === 0),
  },
  {
    name: 'drop messages to the second subscriber',
    breaks: 'every subscriber of the channel hears the broadcast',
    caughtBy: [experiments.bothHear, experiments.whole],
    make: () => dropMessagesTo((position) => position === 1),
  },
  {
    name: 'drop messages beyond the tenth subscriber',
    breaks: 'subscribing is cheap: one publish reaches many subscribers, each once',
    caughtBy: [claims.cheap],
    make: () => dropMessagesTo((position) => position >= 10),
  },
  {
    name: 'alter message bodies',
    breaks: 'a subscriber prints the body that was published',
    caughtBy: [experiments.bHears],
    make: () => messages((message) => [withBody(message, Buffer.from(message.body.toString('utf8').toUpperCase()))]),
  },
  {
    name: 'alter the bytes of non-ASCII bodies',
    breaks: 'UTF-8 and binary bodies arrive byte for byte',
    caughtBy: [claims.utf8, claims.binary],
    make: () => messages((message) => [withBody(message, Buffer.from(message.body.map((byte) => (byte > 0x7f ? 0x3f : byte))))]),
  },
  {
    name: 'rename the channel of messages',
    breaks: 'a message names the channel it was published on',
    caughtBy: [experiments.bHears],
    make: () => messages((message) => [withChannel(message, `${message.channel}_renamed`)]),
  },
  {
    name: 'duplicate messages',
    breaks: 'each message is printed once',
    caughtBy: [experiments.bHears, experiments.cHearsOnlyLater],
    make: () => messages((message) => [message.frame, message.frame]),
  },
  {
    name: 'swap consecutive messages',
    breaks: 'messages arrive in the order they were published',
    caughtBy: [claims.order],
    make: swapConsecutive((frame) => frame.kind === 'message'),
  },
  {
    name: 'replay earlier messages to a late subscriber',
    breaks: 'a subscriber hears only what is published after it subscribed',
    caughtBy: [experiments.cHearsOnlyLater],
    make: replayHistory,
  },
  {
    name: 'deliver messages of other channels',
    breaks: 'a subscriber hears only its own channel',
    caughtBy: [claims.otherChannel],
    make: () => crossTalk({ from: 'any channel', named: 'the receiver channel' }),
  },
  {
    name: "deliver messages also to the subscribers of another subscribed channel, under that channel's name",
    breaks: 'with subscribers on two channels at once, a message is heard on its own channel only',
    caughtBy: [claims.twoChannels],
    make: () => crossTalk({ from: 'a subscribed channel', named: 'the receiver channel' }),
  },
  {
    name: "deliver messages also to the subscribers of another subscribed channel, under their own channel's name",
    breaks: 'with subscribers on two channels at once, a message is heard on its own channel only',
    caughtBy: [claims.twoChannels],
    make: () => crossTalk({ from: 'a subscribed channel', named: 'the published channel' }),
  },
  {
    name: 'drop subscribe confirmations',
    breaks: 'a subscribe is done when the server has confirmed it',
    caughtBy: [experiments.monitorSeesB],
    make: () => ({ fromServer: (frame) => (frame.kind === 'confirmation' && frame.action === 'subscribe' ? [] : [frame.frame]) }),
  },
  {
    name: 'confirm subscribes the server never got',
    breaks: 'the subscribe reaches the server: the monitor shows it and the server counts the subscriber',
    caughtBy: [experiments.monitorSeesB, experiments.monitorSeesC],
    make: () => answerInstead('subscribe', (channel, connection) => confirmation(connection, 'subscribe', channel, 1)),
  },
  {
    name: 'ignore unsubscribes',
    breaks: 'after a confirmed unsubscribe the session hears nothing more',
    caughtBy: [claims.unsubscribe],
    make: () => answerInstead('unsubscribe', (channel, connection) => confirmation(connection, 'unsubscribe', channel, 0)),
  },
  {
    name: 'cut the first subscriber off after it subscribed',
    breaks: 'a subscriber stays connected and hears what comes',
    caughtBy: [experiments.bHears],
    make: () => ({
      fromServer(frame, connection, proxy) {
        if (frame.kind !== 'confirmation' || proxy.subscribers(frame.channel)[0] !== connection) return [frame.frame];
        connection.toClient([frame.frame]);
        connection.cut();
        return [];
      },
    }),
  },
  {
    name: 'inflate the receiver count of PUBLISH',
    breaks: 'PUBLISH answers how many subscribers received the message',
    caughtBy: [experiments.reachesOne, experiments.whole],
    make: () => replies('publish', (frame) => (frame.kind === 'line' && frame.prefix === ':' ? integer(Number(frame.text) + 1) : frame)),
  },
  {
    name: 'inflate the subscriber count of PUBSUB NUMSUB',
    breaks: 'the server counts the subscribers of a channel',
    caughtBy: [experiments.monitorSeesB, experiments.monitorSeesC],
    make: () => replies('pubsub', addOneToCounts),
  },
  {
    name: 'answer PING with something else',
    breaks: 'Redis is installed and answers PONG',
    caughtBy: [experiments.answers],
    make: () => replies('ping', (frame) => (frame.kind === 'line' && frame.text === 'PONG' ? { ...frame, text: 'PANG' } : frame)),
  },
  {
    name: 'hide SUBSCRIBE from the monitor',
    breaks: 'the monitor shows the subscriber added',
    caughtBy: [experiments.monitorSeesB, experiments.monitorSeesC],
    make: () => monitorLines((line) => (/\] "subscribe"/i.test(line) ? undefined : line)),
  },
  {
    name: 'hide PUBLISH from the monitor',
    breaks: 'the monitor shows that a message was posted',
    caughtBy: [experiments.monitorShowsCommands, experiments.monitorSeesPublish],
    make: () => monitorLines((line) => (/\] "publish"/i.test(line) ? undefined : line)),
  },
  {
    name: 'alter the last argument of monitored commands',
    breaks: 'the monitor shows each command exactly as it was sent',
    caughtBy: [experiments.monitorSeesPublish],
    make: () => monitorLines((line) => line.replace(/"$/, '!"')),
  },
  {
    name: 'attribute monitored commands to another client',
    breaks: 'the monitor shows which session sent each command',
    caughtBy: [experiments.monitorSeesB, experiments.monitorSeesPublish],
    make: () => monitorLines((line) => line.replace(/\[(\d+) [^\]]+\]/, '[$1 127.0.0.1:1]')),
  },
  {
    name: 'swap consecutive monitor lines',
    breaks: 'the monitor shows one order for all sessions',
    caughtBy: [claims.cBeforeA, claims.aBeforeC],
    make: swapConsecutive((frame) => frame.kind === 'monitor'),
  },
  {
    name: 'let a RESP2 subscriber run other commands',
    breaks: 'a subscribed RESP2 connection may only subscribe, unsubscribe, ping and quit',
    caughtBy: [claims.resp2Refuses],
    make: () => ({
      fromServer: (frame) =>
        frame.kind === 'reply' &&
        frame.frame.kind === 'line' &&
        frame.frame.prefix === '-' &&
        /only .*allowed in this context/i.test(frame.frame.text)
          ? [{ kind: 'line', prefix: '+', text: 'OK' }]
          : [frame.frame],
    }),
  },
  {
    name: 'leave RESET out of what a RESP2 refusal allows',
    breaks: 'the refusal names the commands a subscribed RESP2 connection may still run',
    caughtBy: [claims.resp2Refuses],
    make: () => ({
      fromServer: (frame) =>
        frame.kind === 'reply' && frame.frame.kind === 'line' && frame.frame.prefix === '-'
          ? [{ ...frame.frame, text: frame.frame.text.replace(' / RESET', '') }]
          : [frame.frame],
    }),
  },
];

type Message = Extract<ServerFrame, { kind: 'message' }>;

function messages(change: (message: Message, connection: Connection, proxy: FaultProxy) => readonly Resp[]): Fault {
  return { fromServer: (frame, connection, proxy) => (frame.kind === 'message' ? change(frame, connection, proxy) : [frame.frame]) };
}

function dropMessagesTo(dropped: (position: number) => boolean): Fault {
  return messages((message, connection, proxy) => (dropped(proxy.subscribers(message.channel).indexOf(connection)) ? [] : [message.frame]));
}

function replies(command: string, change: (frame: Resp) => Resp): Fault {
  return { fromServer: (frame) => [frame.kind === 'reply' && frame.command === command ? change(frame.frame) : frame.frame] };
}

function monitorLines(change: (line: string) => string | undefined): Fault {
  return {
    fromServer(frame) {
      if (frame.kind !== 'monitor') return [frame.frame];
      const line = change(frame.line);
      return line === undefined ? [] : [{ kind: 'line', prefix: '+', text: line }];
    },
  };
}

/** Answers every `command` on the proxy's own, one answer per channel, and never sends it to the server. */
function answerInstead(command: string, answer: (channel: string, connection: Connection) => Resp): Fault {
  return {
    fromClient(sent, connection) {
      if (sent.name !== command) return [sent.frame];
      connection.toClient(sent.args.map((channel) => answer(channel, connection)));
      return [];
    },
  };
}

function confirmation(connection: Connection, action: string, channel: string, count: number): Resp {
  return { kind: 'aggregate', prefix: connection.protocol === 3 ? '>' : '*', items: [bulk(action), bulk(channel), integer(count)] };
}

function withBody(message: Message, body: Buffer): Resp {
  const frame = message.frame as Resp & { kind: 'aggregate' };
  return withItems(frame, [...(frame.items ?? []).slice(0, -1), bulk(body)]);
}

function withChannel(message: Message, channel: string): Resp {
  const frame = message.frame as Resp & { kind: 'aggregate' };
  const items = [...(frame.items ?? [])];
  items[items.length - 2] = bulk(channel);
  return withItems(frame, items);
}

function addOneToCounts(frame: Resp): Resp {
  if (frame.kind !== 'aggregate' || !frame.items) return frame;
  return withItems(
    frame,
    frame.items.map((item) => (item.kind === 'line' && item.prefix === ':' ? integer(Number(item.text) + 1) : item)),
  );
}

/**
 * Holds each matching frame until the next one to the same client, then delivers both swapped.
 * A frame nothing follows is delivered late (a quarter of the spec's default wait), so the fault reorders and never drops.
 */
function swapConsecutive(matches: (frame: ServerFrame) => boolean): () => Fault {
  return () => {
    const held = new Map<Connection, { frame: Resp; timer: NodeJS.Timeout }>();
    return {
      fromServer(frame, connection) {
        if (!matches(frame)) return [frame.frame];
        const previous = held.get(connection);
        held.delete(connection);
        if (previous) {
          clearTimeout(previous.timer);
          return [frame.frame, previous.frame];
        }
        const timer = setTimeout(() => {
          held.delete(connection);
          connection.toClient([frame.frame]);
        }, 500);
        timer.unref();
        held.set(connection, { frame: frame.frame, timer });
        return [];
      },
    };
  };
}

/** Keeps what was published on a channel while it had subscribers, and gives it to each one who joins later. */
function replayHistory(): Fault {
  const history = new Map<string, Resp[]>();
  return {
    fromServer(frame, connection, proxy) {
      if (frame.kind === 'message' && proxy.subscribers(frame.channel)[0] === connection) {
        history.set(frame.channel, [...(history.get(frame.channel) ?? []), frame.frame]);
      }
      if (frame.kind !== 'confirmation' || frame.action !== 'subscribe') return [frame.frame];
      if (proxy.subscribers(frame.channel).length === 1) history.delete(frame.channel);
      return [frame.frame, ...(history.get(frame.channel) ?? [])];
    },
  };
}

interface CrossTalk {
  /** `any channel`: every PUBLISH leaks; `a subscribed channel`: only one on a channel that has subscribers of its own. */
  readonly from: 'any channel' | 'a subscribed channel';
  /** The channel a leaked message names: the receiver's own, as if published there, or the one it was published on. */
  readonly named: 'the receiver channel' | 'the published channel';
}

/** Each PUBLISH also reaches the subscribers of every other channel. */
function crossTalk({ from, named }: CrossTalk): Fault {
  return {
    fromClient(command, _connection, proxy) {
      if (command.name !== 'publish' || command.args.length !== 2) return [command.frame];
      const [published = '', body = ''] = command.args;
      if (from === 'a subscribed channel' && proxy.subscribers(published).length === 0) return [command.frame];
      for (const channel of proxy.channels().filter((other) => other !== published)) {
        const name = named === 'the published channel' ? published : channel;
        for (const subscriber of proxy.subscribers(channel)) {
          subscriber.toClient([
            { kind: 'aggregate', prefix: subscriber.protocol === 3 ? '>' : '*', items: [bulk('message'), bulk(name), bulk(body)] },
          ]);
        }
      }
      return [command.frame];
    },
  };
}
