/** What `/healthz` reports: healthy, or the problems that make the bot unhealthy. */
export interface HealthReport {
  readonly healthy: boolean;
  readonly problems: readonly string[];
}

/**
 * The bot's health as its events tell it: the gateway connection of each shard, and whether
 * Discord has rejected the token. The Discord bot updates it; `/healthz` reads it.
 */
export interface Health {
  shardUp(shardId: number): void;
  shardDown(shardId: number): void;
  tokenRejected(): void;
  report(): HealthReport;
}

/**
 * `gateway: false` for the console chat, which has no connection to lose. With a gateway, the
 * bot is unhealthy until a shard is ready, while any shard is disconnected, and for good once the
 * token was rejected (the process is about to exit for its manager to restart it).
 */
export function createHealth(options: { readonly gateway: boolean }): Health {
  let ready = false;
  let rejected = false;
  const down = new Set<number>();
  return {
    shardUp(shardId) {
      ready = true;
      down.delete(shardId);
    },
    shardDown(shardId) {
      down.add(shardId);
    },
    tokenRejected() {
      rejected = true;
    },
    report() {
      const problems: string[] = [];
      if (rejected) problems.push('Discord rejected the token');
      if (options.gateway && !ready) problems.push('the gateway is not connected yet');
      if (down.size > 0)
        problems.push(`the gateway is down (shard ${[...down].sort((a, b) => a - b).join(', ')})`);
      return { healthy: problems.length === 0, problems };
    },
  };
}
