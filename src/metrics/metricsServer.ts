import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../describeError.ts';
import type { Health } from '../health.ts';
import type { Logger } from '../logger.ts';
import type { BotMetrics } from './metrics.ts';

export interface MetricsServerOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly metrics: BotMetrics;
  readonly health: Health;
  readonly log: Logger;
}

/** The running endpoint: where it listens, and how to stop it. */
export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text) and `GET /healthz` (200 `{"status":"ok"}`, or 503 with
 * the problems). It never stops the bot: a port that cannot be bound is logged, and the bot runs
 * on without metrics.
 */
export async function startMetricsServer(
  options: MetricsServerOptions,
): Promise<MetricsServer | undefined> {
  const { metrics, health, log } = options;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) =>
          response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          log.error('metrics.failed', { error: describeError(error) });
          response.writeHead(500).end();
        },
      );
    } else if (path === '/healthz') {
      const report = health.report();
      const body = report.healthy
        ? { status: 'ok' }
        : { status: 'unhealthy', problems: report.problems };
      response
        .writeHead(report.healthy ? 200 : 503, { 'content-type': 'application/json' })
        .end(`${JSON.stringify(body)}\n`);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('GET /metrics or /healthz\n');
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    log.error('metrics.listen_failed', {
      host: options.host,
      port: options.port,
      error: describeError(error),
    });
    return undefined;
  }
  const { port } = server.address() as AddressInfo;
  log.info('metrics.listening', { host: options.host, port });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
