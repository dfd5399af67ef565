import { connect, createServer, type Server, type Socket } from 'node:net';
import { encode, RespReader, strings, type Resp } from './resp';

/** A command a client sent, its name lowercased. */
export interface ClientCommand {
  readonly name: string;
  readonly args: readonly string[];
  readonly frame: Resp;
}

/** What the server sent to a client, as the proxy understands it. */
export type ServerFrame =
  | { readonly kind: 'message'; readonly channel: string; readonly body: Buffer; readonly frame: Resp }
  | { readonly kind: 'confirmation'; readonly action: string; readonly channel: string; readonly frame: Resp }
  | { readonly kind: 'monitor'; readonly line: string; readonly frame: Resp }
  | { readonly kind: 'reply'; readonly command: string | undefined; readonly frame: Resp };

/** One client's connection through the proxy. */
export interface Connection {
  readonly id: number;
  /** 3 once the client said HELLO 3. */
  readonly protocol: 2 | 3;
  /** Delivers frames to the client as if the server had sent them. */
  toClient(frames: readonly Resp[]): void;
  /** Cuts the connection, as a failing network would. */
  cut(): void;
}

/** A way the network or the server gets Pub/Sub wrong. Each hook returns the frames to pass on instead. */
export interface Fault {
  fromServer?(frame: ServerFrame, connection: Connection, proxy: FaultProxy): readonly Resp[];
  fromClient?(command: ClientCommand, connection: Connection, proxy: FaultProxy): readonly Resp[];
}

const confirmations = new Set(['subscribe', 'unsubscribe', 'psubscribe', 'punsubscribe', 'ssubscribe', 'sunsubscribe']);
const multiChannel = new Set(['subscribe', 'psubscribe', 'ssubscribe']);

/** A TCP proxy on loopback between the spec's clients and a real Redis, applying one fault. */
export class FaultProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly subscribed = new Map<string, ClientConnection[]>();
  private readonly patterns = new Set<string>();
  private nextId = 1;

  private constructor(
    private readonly target: { host: string; port: number },
    private readonly fault: Fault,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  static async start(target: { host: string; port: number }, fault: Fault): Promise<FaultProxy> {
    const proxy = new FaultProxy(target, fault);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', resolve);
    });
    return proxy;
  }

  get port(): number {
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('the proxy does not listen');
    return address.port;
  }

  /** The connections subscribed to `channel`, in the order the server confirmed them. */
  subscribers(channel: string): readonly Connection[] {
    return this.subscribed.get(channel) ?? [];
  }

  /** Every channel that has subscribers; a pattern (PSUBSCRIBE) is no channel. */
  channels(): string[] {
    return [...this.subscribed]
      .filter(([channel, subscribers]) => subscribers.length > 0 && !this.patterns.has(channel))
      .map(([channel]) => channel);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const upstream = connect(this.target);
    const connection = new ClientConnection(this.nextId++, client, upstream);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => connection.cut());
      socket.on('close', () => {
        this.sockets.delete(socket);
        connection.cut();
        this.forget(connection);
      });
    }
    const fromClient = new RespReader();
    client.on('data', (chunk: Buffer) => {
      const frames = fromClient.push(chunk).flatMap((frame) => this.fromClient(frame, connection));
      if (frames.length > 0) upstream.write(Buffer.concat(frames.map(encode)));
    });
    const fromServer = new RespReader();
    upstream.on('data', (chunk: Buffer) => {
      connection.toClient(fromServer.push(chunk).flatMap((frame) => this.fromServer(frame, connection)));
    });
  }

  private fromClient(frame: Resp, connection: ClientConnection): readonly Resp[] {
    const command = readCommand(frame);
    if (command.name === 'hello' && command.args[0] === '3') connection.protocol = 3;
    const forwarded = this.fault.fromClient ? this.fault.fromClient(command, connection, this) : [frame];
    for (const sent of forwarded) {
      const { name, args } = readCommand(sent);
      const replies = multiChannel.has(name) ? Math.max(args.length, 1) : 1;
      for (let reply = 0; reply < replies; reply += 1) connection.pending.push(name);
    }
    return forwarded;
  }

  private fromServer(frame: Resp, connection: ClientConnection): readonly Resp[] {
    const understood = this.understand(frame, connection);
    if (understood.kind === 'confirmation') this.track(understood.action, understood.channel, connection);
    return this.fault.fromServer ? this.fault.fromServer(understood, connection, this) : [frame];
  }

  private understand(frame: Resp, connection: ClientConnection): ServerFrame {
    if (connection.monitoring && frame.kind === 'line' && frame.prefix === '+') return { kind: 'monitor', line: frame.text, frame };
    const items = frame.kind === 'aggregate' ? (frame.items ?? []) : [];
    const texts = strings(frame);
    const [kind = ''] = texts ?? [];
    const pubsub = frame.kind === 'aggregate' && (frame.prefix === '>' || connection.channels.size > 0);
    const body = items.at(-1);
    if (pubsub && (kind === 'message' || kind === 'smessage') && items.length === 3 && body?.kind === 'bulk' && body.data) {
      return { kind: 'message', channel: texts?.[1] ?? '', body: body.data, frame };
    }
    if (pubsub && kind === 'pmessage' && items.length === 4 && body?.kind === 'bulk' && body.data) {
      return { kind: 'message', channel: texts?.[2] ?? '', body: body.data, frame };
    }
    if (frame.kind === 'aggregate' && confirmations.has(kind) && items.length === 3) {
      if (connection.pending[0] === kind) connection.pending.shift();
      return { kind: 'confirmation', action: kind, channel: texts?.[1] ?? '', frame };
    }
    const command = connection.pending.shift();
    if (command === 'monitor' && frame.kind === 'line' && frame.text === 'OK') connection.monitoring = true;
    return { kind: 'reply', command, frame };
  }

  private track(action: string, channel: string, connection: ClientConnection): void {
    const subscribers = (this.subscribed.get(channel) ?? []).filter((subscriber) => subscriber !== connection);
    if (action.startsWith('p')) this.patterns.add(channel);
    if (action.endsWith('unsubscribe')) connection.channels.delete(channel);
    else {
      connection.channels.add(channel);
      subscribers.push(connection);
    }
    this.subscribed.set(channel, subscribers);
  }

  private forget(connection: ClientConnection): void {
    for (const [channel, subscribers] of this.subscribed) {
      this.subscribed.set(
        channel,
        subscribers.filter((subscriber) => subscriber !== connection),
      );
    }
  }
}

function readCommand(frame: Resp): ClientCommand {
  const [name = '', ...args] = strings(frame) ?? [];
  return { name: name.toLowerCase(), args, frame };
}

class ClientConnection implements Connection {
  readonly pending: string[] = [];
  readonly channels = new Set<string>();
  monitoring = false;
  protocol: 2 | 3 = 2;

  constructor(
    readonly id: number,
    private readonly client: Socket,
    private readonly upstream: Socket,
  ) {}

  toClient(frames: readonly Resp[]): void {
    if (frames.length > 0 && !this.client.destroyed) this.client.write(Buffer.concat(frames.map(encode)));
  }

  /** Ends the client's side after what was written to it, and drops the server's side. */
  cut(): void {
    this.client.end();
    this.upstream.destroy();
  }
}
