import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz012345';

describe('parseConfig', () => {
  it('runs without Discord when there is no token', () => {
    const config = parseConfig({});
    expect(config.ok).toBe(true);
    if (!config.ok) return;
    expect(config.value.discord).toBeUndefined();
    expect(config.value.logLevel).toBe('info');
    expect(config.value.storyDir).toMatch(/knowledge[/\\]elton-putin-call$/);
    expect(Object.isFrozen(config.value)).toBe(true);
  });

  it('serves the only story folder when STORY is not set, and asks for one among several', () => {
    const one = parseConfig({ KNOWLEDGE_DIR: 'stories' }, () => ['bridge']);
    expect(one.ok && one.value.storyDir).toMatch(/stories[/\\]bridge$/);
    const chosen = parseConfig({ STORY: 'b' }, () => ['a', 'b']);
    expect(chosen.ok && chosen.value.storyDir).toMatch(/knowledge[/\\]b$/);
    const many = parseConfig({}, () => ['a-story', 'b-story']);
    expect(many.ok).toBe(false);
    if (!many.ok)
      expect(many.error.join('\n')).toMatch(/STORY: .*2 story folders.*a-story, b-story/);
    const none = parseConfig({ KNOWLEDGE_DIR: 'empty' }, () => []);
    expect(!none.ok && none.error.join('\n')).toMatch(/STORY: .*no story folder/);
  });

  it('reads the Discord settings when a token is set', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
      LOG_LEVEL: 'debug',
    });
    expect(config.ok).toBe(true);
    if (!config.ok) return;
    expect(config.value.discord).toMatchObject({
      token: TOKEN,
      clientId: '123456789012345678',
      guildId: undefined,
      apiBase: 'http://127.0.0.1:9999/api',
      ownerIds: [],
      shards: undefined,
      manager: { totalShards: 'auto', shardList: 'auto' },
    });
  });

  it('treats empty values as unset, as an .env copied from the example has them', () => {
    const config = parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', LOG_LEVEL: '' });
    expect(config.ok && config.value.discord).toBeUndefined();
  });

  it('lists every problem at once, without echoing the token', () => {
    const badToken = 'not-a-real-token-but-secret';
    const config = parseConfig({
      DISCORD_TOKEN: badToken,
      DISCORD_GUILD_ID: 'abc',
      DISCORD_API_BASE: 'ftp://x',
      LOG_LEVEL: 'loud',
      RATE_LIMIT_QUESTIONS: '0',
    });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    const text = config.error.join('\n');
    for (const name of [
      'DISCORD_TOKEN',
      'DISCORD_GUILD_ID',
      'DISCORD_API_BASE',
      'LOG_LEVEL',
      'RATE_LIMIT_QUESTIONS',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain(badToken);
  });

  it('plans shards: a list out of a total, a total, automatic, or as assigned by the ShardingManager', () => {
    const shards = (env: Record<string, string>) => {
      const config = parseConfig({ DISCORD_TOKEN: TOKEN, ...env });
      return config.ok ? config.value.discord?.shards : config.error;
    };
    expect(shards({ DISCORD_SHARDS: '2, 3', DISCORD_SHARD_COUNT: '4' })).toEqual({
      ids: [2, 3],
      count: 4,
    });
    expect(shards({ DISCORD_SHARD_COUNT: '2' })).toEqual({ ids: [0, 1], count: 2 });
    expect(shards({ DISCORD_SHARD_COUNT: 'auto' })).toBe('auto');
    expect(
      shards({
        SHARDING_MANAGER: 'true',
        SHARDS: '[1]',
        SHARD_COUNT: '2',
        DISCORD_SHARDS: '0,1',
        DISCORD_SHARD_COUNT: '2',
      }),
    ).toEqual({
      ids: [1],
      count: 2,
    });
    expect(shards({ DISCORD_SHARDS: '5', DISCORD_SHARD_COUNT: '4' })).toEqual([
      expect.stringContaining('below DISCORD_SHARD_COUNT'),
    ]);
    expect(shards({ DISCORD_SHARDS: '1' })).toEqual([
      expect.stringContaining('needs DISCORD_SHARD_COUNT'),
    ]);
  });

  it('turns the metrics endpoint on with METRICS_PORT, on 127.0.0.1 unless told otherwise', () => {
    const off = parseConfig({});
    expect(off.ok && off.value.metrics).toBeUndefined();
    const on = parseConfig({ METRICS_PORT: '9464' });
    expect(on.ok && on.value.metrics).toEqual({ host: '127.0.0.1', port: 9464 });
    const open = parseConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' });
    expect(open.ok && open.value.metrics).toEqual({ host: '0.0.0.0', port: 9464 });
    // Shard processes of one machine listen on the port plus their shard id.
    const shard = parseConfig({
      METRICS_PORT: '9464',
      SHARDING_MANAGER: 'true',
      SHARDS: '[3]',
      SHARD_COUNT: '4',
    });
    expect(shard.ok && shard.value.metrics?.port).toBe(9467);
    const bad = parseConfig({ METRICS_PORT: '70000', METRICS_HOST: 'a b' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.map((e) => e.split(':')[0])).toEqual([
      'METRICS_PORT',
      'METRICS_HOST',
    ]);
  });
});
