// The WebSocket half of the fake: HELLO / IDENTIFY / RESUME / heartbeats, sessions with sequence numbers
// and a replay log, as @discordjs/ws expects them (JSON encoding, no compression).
import type { AddressInfo } from 'node:net';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';

export interface Dispatch {
  t: string;
  d: unknown;
}

interface LoggedDispatch extends Dispatch {
  s: number;
}

export interface GatewaySession {
  id: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  /** Every dispatch sent in this session, so RESUME can replay what the client missed. */
  log: LoggedDispatch[];
  socket: WebSocket | null;
  /** READY or RESUMED has been sent on the current socket. */
  live: boolean;
}

export interface IdentifyRecord {
  shard: [number, number];
  intents: number;
  token: string;
  properties: unknown;
  at: number;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY / RESUME with another token is closed with 4004, like Discord. */
  token?: string | undefined;
  /** Dispatches to send right after IDENTIFY: READY first, then the shard's GUILD_CREATEs. */
  onIdentify: (session: GatewaySession) => Dispatch[];
}

interface Frame {
  op: number;
  d?: unknown;
}

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  /** Every frame the client sent, in order (handy for asserting presence updates etc.). */
  readonly received: Frame[] = [];
  identifyCount = 0;
  resumeCount = 0;
  connectionCount = 0;
  heartbeatCount = 0;
  url = '';
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, GatewaySession>();
  /** Latest session per shard id: where new dispatches for that shard go. */
  private readonly byShard = new Map<number, GatewaySession>();
  /** Called on every READY/RESUMED, and with `closed` when the fake shuts down. */
  private liveListeners: Array<(closed: boolean) => void> = [];

  constructor(private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  async listen(): Promise<void> {
    if (!this.wss.address())
      await new Promise<void>((resolve) => this.wss.once('listening', resolve));
    this.url = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  /** Active sessions (one per shard id that has identified). */
  activeSessions(): GatewaySession[] {
    return [...this.byShard.values()];
  }

  sessionForShard(shardId: number): GatewaySession | undefined {
    return this.byShard.get(shardId);
  }

  /** Log and (if connected) send a dispatch; while disconnected it waits in the log for a RESUME. */
  dispatch(session: GatewaySession, t: string, d: unknown): number {
    const s = ++session.seq;
    session.log.push({ t, d, s });
    if (session.socket && session.live)
      sendFrame(session.socket, { op: GatewayOpcodes.Dispatch, t, s, d });
    return s;
  }

  /** Close the shard sockets abruptly. Non-resumable: the session is forgotten, so RESUME gets op 9. */
  drop(options: {
    resumable: boolean;
    shardId?: number;
    code?: number;
    terminate?: boolean;
  }): void {
    for (const session of this.activeSessions()) {
      if (options.shardId !== undefined && session.shardId !== options.shardId) continue;
      if (!options.resumable) this.forget(session);
      const socket = session.socket;
      session.socket = null;
      session.live = false;
      if (options.terminate) socket?.terminate();
      else socket?.close(options.code ?? 4000, 'fake drop');
    }
  }

  /** Resolves once every listed shard (default: all known) has a live, READY/RESUMED socket. */
  waitForLive(shardIds: number[] | undefined, timeoutMs: number): Promise<void> {
    const isLive = (): boolean => {
      const ids = shardIds ?? [...this.byShard.keys()];
      return ids.length > 0 && ids.every((id) => this.byShard.get(id)?.live === true);
    };
    if (isLive()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (closed: boolean): void => {
        if (!closed && !isLive()) return;
        clearTimeout(timer);
        this.liveListeners = this.liveListeners.filter((l) => l !== check);
        if (closed) reject(new Error('fakeDiscord closed while waiting for the gateway'));
        else resolve();
      };
      const timer = setTimeout(() => {
        this.liveListeners = this.liveListeners.filter((l) => l !== check);
        reject(
          new Error(
            `gateway shards ${JSON.stringify(shardIds ?? 'all')} not live after ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      this.liveListeners.push(check);
    });
  }

  async close(): Promise<void> {
    for (const listener of [...this.liveListeners]) listener(true);
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    this.connectionCount += 1;
    let session: GatewaySession | null = null;
    sendFrame(socket, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
    });

    socket.on('message', (raw) => {
      const frame = parseFrame(raw.toString());
      if (!frame) {
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      this.received.push(frame);
      switch (frame.op) {
        case GatewayOpcodes.Heartbeat:
          this.heartbeatCount += 1;
          sendFrame(socket, { op: GatewayOpcodes.HeartbeatAck });
          break;
        case GatewayOpcodes.Identify:
          session = this.identify(socket, frame.d);
          break;
        case GatewayOpcodes.Resume:
          session = this.resume(socket, frame.d);
          break;
        default:
          // Presence updates, member requests, voice: accepted and recorded, no reply needed.
          break;
      }
    });
    socket.on('close', () => {
      if (session && session.socket === socket) {
        session.socket = null;
        session.live = false;
      }
    });
  }

  private identify(socket: WebSocket, d: unknown): GatewaySession | null {
    const payload = asRecord(d);
    const token = String(payload.token ?? '');
    if (this.options.token !== undefined && token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const shard = parseShard(payload.shard);
    if (!shard) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return null;
    }
    const intents = Number(payload.intents ?? 0);
    this.identifyCount += 1;
    this.identifies.push({ shard, intents, token, properties: payload.properties, at: Date.now() });

    const previous = this.byShard.get(shard[0]);
    if (previous) this.forget(previous);
    const session: GatewaySession = {
      id: randomHex(16),
      shardId: shard[0],
      shardCount: shard[1],
      intents,
      seq: 0,
      log: [],
      socket,
      live: true,
    };
    this.sessions.set(session.id, session);
    this.byShard.set(session.shardId, session);
    for (const { t, d: data } of this.options.onIdentify(session)) this.dispatch(session, t, data);
    this.notifyLive();
    return session;
  }

  private resume(socket: WebSocket, d: unknown): GatewaySession | null {
    const payload = asRecord(d);
    if (this.options.token !== undefined && payload.token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const session = this.sessions.get(String(payload.session_id));
    if (!session) {
      // Not resumable: tell the client to identify afresh, as Discord does.
      sendFrame(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return null;
    }
    const lastSeen = Number(payload.seq ?? 0);
    session.socket?.terminate();
    session.socket = socket;
    this.resumeCount += 1;
    for (const entry of session.log) {
      if (entry.s > lastSeen) sendFrame(socket, { op: GatewayOpcodes.Dispatch, ...entry });
    }
    session.live = true;
    this.dispatch(session, 'RESUMED', {});
    this.notifyLive();
    return session;
  }

  private forget(session: GatewaySession): void {
    this.sessions.delete(session.id);
    if (this.byShard.get(session.shardId) === session) this.byShard.delete(session.shardId);
  }

  private notifyLive(): void {
    for (const listener of [...this.liveListeners]) listener(false);
  }
}

function sendFrame(
  socket: WebSocket,
  frame: { op: number; d?: unknown; t?: string; s?: number },
): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.send(
    JSON.stringify({ op: frame.op, d: frame.d ?? null, s: frame.s ?? null, t: frame.t ?? null }),
  );
}

function parseFrame(text: string): Frame | null {
  try {
    const value: unknown = JSON.parse(text);
    const record = asRecord(value);
    return typeof record.op === 'number' ? { op: record.op, d: record.d } : null;
  } catch {
    return null;
  }
}

function parseShard(value: unknown): [number, number] | null {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value.map(Number);
  if (id === undefined || count === undefined || !(count >= 1) || !(id >= 0 && id < count))
    return null;
  return [id, count];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function randomHex(bytes: number): string {
  return Array.from({ length: bytes }, () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join('');
}
