import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTHING_RECORDED } from '../../src/curation/renderReport.ts';
import { REPORT } from '../../src/curation/report.ts';
import { loadReportInput, parseReportArgs } from '../../src/curation/reportCli.ts';
import { openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, questionRecord, recordingLogger } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const REPORT_MAIN = join(ROOT, 'src', 'curation', 'reportMain.ts');

describe('parseReportArgs', () => {
  it('reads --json and --limit', () => {
    expect(parseReportArgs([])).toEqual({
      ok: true,
      value: { help: false, json: false, limit: REPORT.groups, paths: [] },
    });
    expect(parseReportArgs(['--json', '--limit', '5'])).toEqual({
      ok: true,
      value: { help: false, json: true, limit: 5, paths: [] },
    });
    expect(parseReportArgs(['a.sqlite', '--json', 'b.sqlite'])).toMatchObject({
      ok: true,
      value: { json: true, paths: ['a.sqlite', 'b.sqlite'] },
    });
    expect(parseReportArgs(['--limit=7'])).toMatchObject({ ok: true, value: { limit: 7 } });
  });

  it.each(['--limit', '--limit 0', '--limit ten', '--limit=-1', '--verbose'])(
    'refuses "%s"',
    (line) => {
      expect(parseReportArgs(line.split(' ')).ok).toBe(false);
    },
  );
});

describe('loadReportInput', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('treats a missing database as nothing recorded, and does not create it', () => {
    const path = join(temp.dir, 'data', 'curation.sqlite');
    expect(loadReportInput(path, recordingLogger())).toEqual({
      ok: true,
      value: { questions: [], feedback: [], dropped: 0 },
    });
    expect(existsSync(path)).toBe(false);
  });

  it('reads the rows of an existing database', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const store = openCurationStore({ path, log: recordingLogger() });
    store.recordQuestion(questionRecord({ question: 'is putin married' }));
    store.close();
    const input = loadReportInput(path, recordingLogger());
    expect(input.ok && input.value.questions.map((q) => q.question)).toEqual(['is putin married']);
  });

  it('says why a corrupt database cannot be read', () => {
    const path = join(temp.dir, 'curation.sqlite');
    writeFileSync(path, 'garbage '.repeat(1000));
    expect(loadReportInput(path, recordingLogger())).toEqual({
      ok: false,
      error: expect.stringContaining('file is not a database'),
    });
  });
});

describe('npm run report', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  /** Runs the report in the temp folder, so the default `data/curation.sqlite` is in there. */
  function run(...args: string[]) {
    const path = join(temp.dir, 'data/curation.sqlite');
    const result = spawnSync(process.execPath, [TSX_CLI, REPORT_MAIN, ...args], {
      cwd: temp.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
        CURATION_DB_PATH: path,
        LOG_LEVEL: 'warn',
      },
    });
    return { ...result, path };
  }

  it('prints a friendly message when nothing is recorded yet', () => {
    const { status, stdout, stderr } = run();
    expect(status, stderr).toBe(0);
    expect(stdout.trim()).toBe(NOTHING_RECORDED);
  });

  it('prints the report as JSON with --json', () => {
    const path = join(temp.dir, 'data/curation.sqlite');
    const store = openCurationStore({ path, log: recordingLogger() });
    store.recordQuestion(
      questionRecord({ question: 'is putin married', normalized: 'is putin married' }),
    );
    store.recordQuestion(
      questionRecord({ question: 'putin married?', normalized: 'putin married' }),
    );
    store.close();
    const { status, stdout, stderr } = run('--json', '--limit', '1');
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.story).toBe('elton-putin-call');
    expect(report.totals.questions).toBe(2);
    expect(report.unanswered).toHaveLength(1);
    expect(report.unanswered[0].count).toBe(2);
  });

  it('merges the databases named, one per host', () => {
    const hosts = ['host-a.sqlite', 'host-b.sqlite'].map((name) => join(temp.dir, name));
    for (const [i, path] of hosts.entries()) {
      const store = openCurationStore({ path, log: recordingLogger() });
      store.recordQuestion(
        questionRecord({ question: 'is putin married', normalized: 'is putin married' }),
      );
      store.writeBatch({ questions: [], votes: [], dropped: i + 1 });
      store.close();
    }
    const { status, stdout, stderr } = run('--json', ...hosts);
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.totals).toMatchObject({ questions: 2, groups: 1, dropped: 3 });
    expect(report.unanswered[0].count).toBe(2);
    const missing = run(hosts[0] ?? '', join(temp.dir, 'typo.sqlite'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('typo.sqlite: no such file');
  });

  it('exits with code 2 and the usage on a bad argument', () => {
    const { status, stderr } = run('--limit', 'lots');
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run report');
  });
});
