// The HTTP half of the fake: a tiny router plus call recording, waiting and fault injection.
// Route handlers live in routes.ts; this file knows nothing about Discord objects.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedCall {
  /** Increasing number, in arrival order. */
  seq: number;
  method: string;
  /** Path without the `/api/v10` prefix and without the query, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the `payload_json` part of a multipart body; `null` when there was none. */
  body: unknown;
  files: RecordedFile[];
  headers: {
    authorization?: string;
    contentType?: string;
    userAgent?: string;
    auditLogReason?: string;
  };
  /** Status the fake answered with (after fault injection). */
  status: number;
  at: number;
}

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  authorization: string | undefined;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: RestRequest) => RestResponse;

/**
 * Sees every versioned request, with the `seq` its recorded call will carry, before its route.
 * A response here answers instead of the route (e.g. Discord's 400 for a body it refuses).
 */
export type RequestGuard = (req: RestRequest, seq: number) => RestResponse | null;

export interface FailRule {
  method?: string;
  /** RegExp tested against the path, or a string the path must contain. */
  pathPattern: RegExp | string;
  /** 401 as for a token Discord stopped accepting, 403 Missing Access, 429 rate limit, 500 outage. */
  status: 401 | 403 | 429 | 500;
  /** Seconds (fractions allowed, so tests stay fast); only for 429. Default 0.05. */
  retryAfter?: number;
  /** Make the 429 a global rate limit. */
  global?: boolean;
  /** How many matching calls fail; default 1. */
  times?: number;
}

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

interface Waiter {
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
  reject: (error: Error) => void;
}

export const API_PREFIX = '/api/v10';

export function json(status: number, body: unknown): RestResponse {
  return { status, body };
}

/** Discord's error shape, e.g. `discordError(404, 10008, 'Unknown Message')`. */
export function discordError(
  status: number,
  code: number,
  message: string,
  errors?: unknown,
): RestResponse {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

export class FakeRestServer {
  readonly calls: RecordedCall[] = [];
  private readonly server: Server;
  private readonly routes: Route[] = [];
  private readonly failRules: Array<FailRule & { remaining: number }> = [];
  private waiters: Waiter[] = [];
  private seq = 0;
  port = 0;

  constructor(private readonly guard?: RequestGuard) {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  route(method: string, pattern: string, handler: RouteHandler): void {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
  }

  failNext(rule: FailRule): void {
    this.failRules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  /** First recorded call (past or future) matching the predicate. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 2000): Promise<RecordedCall> {
    const past = this.calls.find(predicate);
    if (past) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.calls.map((c) => `${c.method} ${c.path} -> ${c.status}`).join('\n  ');
        reject(
          new Error(
            `waitForCall timed out after ${timeoutMs} ms; calls so far:\n  ${seen || '(none)'}`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters)
      waiter.reject(new Error('fakeDiscord closed while waiting for a call'));
    this.waiters = [];
    // Keep-alive sockets from undici would otherwise hold close() open.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const method = (req.method ?? 'GET').toUpperCase();
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    // Decoded per segment: undici sends `@original` as `%40original`, emoji reactions percent-encoded.
    const path = decodePath(versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const query = Object.fromEntries(url.searchParams);
    const authorization = req.headers.authorization;

    const seq = ++this.seq;
    const request: RestRequest = { method, path, params: {}, query, body, files, authorization };
    // The guard sees every request, even one a fault is injected into: the bot sent that body.
    const guarded = versioned ? (this.guard?.(request, seq) ?? null) : null;
    const response = versioned
      ? (this.injectedFault(method, path) ?? guarded ?? this.dispatch(request))
      : discordError(404, 0, '404: Not Found');

    const call: RecordedCall = {
      seq,
      method,
      path,
      query,
      body,
      files,
      headers: compact({
        authorization,
        contentType: req.headers['content-type'],
        userAgent: req.headers['user-agent'],
        auditLogReason: header(req, 'x-audit-log-reason'),
      }),
      status: response.status,
      at: Date.now(),
    };
    this.calls.push(call);
    send(res, response);
    this.notify(call);
  }

  private dispatch(req: RestRequest): RestResponse {
    const parts = req.path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== req.method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((seg, i) => {
        const part = parts[i] ?? '';
        if (seg.startsWith(':')) params[seg.slice(1)] = part;
        return seg.startsWith(':') || seg === part;
      });
      if (!ok) continue;
      try {
        return route.handler({ ...req, params });
      } catch (error) {
        // A bug in the fake must not look like a Discord outage to the bot; surface it loudly instead.
        console.error('[fakeDiscord] route handler threw', error);
        return discordError(500, 0, '500: Internal Server Error (fake)');
      }
    }
    return discordError(404, 0, '404: Not Found');
  }

  private injectedFault(method: string, path: string): RestResponse | null {
    const rule = this.failRules.find(
      (r) =>
        r.remaining > 0 &&
        (!r.method || r.method.toUpperCase() === method) &&
        (typeof r.pathPattern === 'string'
          ? path.includes(r.pathPattern)
          : r.pathPattern.test(path)),
    );
    if (!rule) return null;
    rule.remaining -= 1;
    if (rule.remaining === 0) this.failRules.splice(this.failRules.indexOf(rule), 1);
    if (rule.status === 500) return discordError(500, 0, '500: Internal Server Error');
    if (rule.status === 401) return discordError(401, 0, '401: Unauthorized');
    if (rule.status === 403) return discordError(403, 50001, 'Missing Access');
    const retryAfter = rule.retryAfter ?? 0.05;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fakebucket',
      'x-ratelimit-scope': rule.global ? 'global' : 'user',
    };
    if (rule.global) headers['x-ratelimit-global'] = 'true';
    return {
      status: 429,
      headers,
      body: {
        message: 'You are being rate limited.',
        retry_after: retryAfter,
        global: rule.global ?? false,
      },
    };
  }

  private notify(call: RecordedCall): void {
    const matched = this.waiters.filter((w) => w.predicate(call));
    this.waiters = this.waiters.filter((w) => !matched.includes(w));
    for (const w of matched) w.resolve(call);
  }
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function compact<T extends Record<string, string | undefined>>(
  obj: T,
): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON, or multipart/form-data as @discordjs/rest sends it when files are attached (`payload_json` + `files[n]`). */
async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // Node's fetch Response implements a multipart parser, so no hand-rolled one is needed.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, data });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function send(res: ServerResponse, response: RestResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}
