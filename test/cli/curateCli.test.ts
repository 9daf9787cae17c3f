import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/answering/normalizeText.ts';
import { createCurateCli } from '../../src/cli/curateCli.ts';
import { createCurator } from '../../src/curation/review/curator.ts';
import { diskEngine } from '../../src/curation/review/diskEngine.ts';
import { reviewInProcess } from '../../src/curation/review/reviewInProcess.ts';
import { openReviewSession } from '../../src/curation/review/reviewSession.ts';
import { openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, recordingLogger } from '../curation/helpers.ts';
import { writeTinyStoryFolder } from '../curation/review/tinyStoryFolder.ts';
import { shippedLanguage } from '../storyFixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let temp: ReturnType<typeof makeTempDir>;
let storyDir: string;
let db: string;

function asked(...questions: string[]): void {
  const store = openCurationStore({ path: db, log: recordingLogger() });
  for (const question of questions)
    store.recordQuestion({
      question,
      normalized: normalizeText(question),
      status: 'unknown',
      bestEntryId: null,
      confidence: 0.2,
      origin: 'dm',
    });
  store.close();
}

beforeEach(() => {
  temp = makeTempDir();
  storyDir = writeTinyStoryFolder(join(temp.dir, 'knowledge', 'bridge'));
  db = join(temp.dir, 'curation.sqlite');
});
afterEach(() => temp.cleanup());

/** Runs the review with these command lines, as if typed; returns what it printed. */
async function curate(lines: string[]): Promise<string> {
  const log = recordingLogger();
  const session = openReviewSession({
    storyDir,
    language: shippedLanguage(),
    ownDb: db,
    otherDbs: [],
    log,
  });
  const onDisk = diskEngine(storyDir, shippedLanguage());
  const engine = () => {
    const current = onDisk();
    if (!current.ok) throw new Error(current.error);
    return current.value;
  };
  const curator = createCurator({
    review: reviewInProcess(session),
    secret: 'x'.repeat(32),
    engine,
    language: shippedLanguage(),
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += String(chunk);
  });
  const done = createCurateCli({
    curator,
    engine,
    curatorId: 'cli:tester',
    input,
    output,
    interactive: false,
    afterAccept: 'Reload the bot.',
  }).run();
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  await curator.close();
  return text;
}

describe('npm run curate', () => {
  it('clears the queue with the same actions as /curate: add to the nearest, to another, dismiss', async () => {
    asked(
      'bridge opening party',
      'bridge opening party',
      'when can cyclists cross',
      'is it windy up there',
    );
    const text = await curate(['a', 'd', 'e', 'cyclists', '1', 'q']);
    expect(text).toContain('[1/3] "bridge opening party": asked 2× (2 in DMs)');
    expect(text).toContain('nearest: opening "When does the harbour bridge open?"');
    expect(text).toContain(
      'Added "bridge opening party" as a phrasing of opening ("When does the harbour bridge open?"): every kb:check check passed and qa.yaml was written.\nThe group\'s questions answered by opening now: 1 of 1.\nReload the bot.',
    );
    expect(text).toContain('   1. opening "When does the harbour bridge open?"');
    expect(text).toContain('Added "when can cyclists cross" as a phrasing of opening');
    expect(text).toContain('Dismissed "is it windy up there": it stays off the queue until');
    expect(text).toContain('Nothing to review (1 database)');
    const qa = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    expect(qa).toContain('      - bridge opening party\n      - when can cyclists cross\n');
    expect(qa.startsWith('# Curated by hand: keep this comment.\n')).toBe(true);
  });

  it('says why a phrasing is refused, and changes nothing', async () => {
    asked('bridge cost');
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    const text = await curate(['e', 'opening', 'q']);
    expect(text).toContain(
      'Not added: with "bridge cost" as a phrasing, kb:check finds 2 problems, so qa.yaml is unchanged:',
    );
    expect(text).toContain('• "bridge cost", a phrasing of opening, would be answered by cost');
    expect(readFileSync(join(storyDir, 'qa.yaml'), 'utf8')).toBe(before);
  });

  it("marks a question as the story's small talk, the kind it reads like by default, and refuses what would capture a phrasing", async () => {
    asked('hiya mates', 'hiya mates', 'bridge cost');
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    const text = await curate(['s', '', 's', 'Acknowledgement', 'q']);
    expect(text).toContain('      closest small talk: greeting (s marks it so)');
    expect(text).toContain('   8. greeting (closest): "hi", "hii", "hey"');
    expect(text).toContain(
      '   7. how are you: "how are you", "how are you doing", "how is it going"',
    );
    expect(text).toContain(
      'Marked "hiya mates" as small talk (greeting) of this story: every kb:check check passed and qa.yaml was written.\nThe group\'s questions the bot reads as small talk now: 1 of 1.\nReload the bot.',
    );
    expect(text).toContain(
      'Not marked as small talk: with "bridge cost" as small talk, kb:check finds 2 problems, so qa.yaml is unchanged:',
    );
    expect(text).toContain(
      '• "bridge cost", a phrasing of cost, would be taken for small talk (acknowledgement) and never answered',
    );
    expect(text).toContain(
      '• "bridge cost" is a question the story answers (entry cost), so it cannot be small talk',
    );
    expect(readFileSync(join(storyDir, 'qa.yaml'), 'utf8')).toBe(
      `${before}\nsmall_talk:\n  greeting:\n    - hiya mates\n`,
    );
    const store = openCurationStore({ path: db, log: recordingLogger() });
    const decisions = store.readDecisions();
    store.close();
    expect(
      decisions.ok && decisions.value.map((d) => [d.action, d.question, d.smallTalkKind]),
    ).toEqual([['small-talk', 'hiya mates', 'greeting']]);
  });

  it('runs from npm, reviewing the databases named with its own', () => {
    asked('bridge opening party');
    const other = join(temp.dir, 'other-host.sqlite');
    const store = openCurationStore({ path: other, log: recordingLogger() });
    store.recordQuestion({
      question: 'bridge opening party',
      normalized: 'bridge opening party',
      status: 'unknown',
      bestEntryId: null,
      confidence: 0.1,
      origin: 'guild',
    });
    store.close();
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'src/curation/curateMain.ts'),
        other,
      ],
      {
        cwd: temp.dir,
        input: 'a\nq\n',
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          KNOWLEDGE_DIR: join(temp.dir, 'knowledge'),
          STORY: 'bridge',
          CURATION_DB_PATH: db,
        },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('asked 2× (1 in servers, 1 in DMs)');
    expect(run.stdout).toContain('(2 databases)');
    expect(run.stdout).toContain('Added "bridge opening party" as a phrasing of opening');
    expect(run.stdout).toContain('/reload in Discord, kill -HUP <pid>, or KNOWLEDGE_WATCH=true');
  });
});
