import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { OTHER_STORY_DIR } from '../storyFixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CHECK_MAIN = join(ROOT, 'src', 'knowledge', 'checkMain.ts');
const temp = mkdtempSync(join(tmpdir(), 'kb-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `npm run kb:check -- …args`, from the project folder. */
function kbCheck(...args: string[]) {
  return spawnSync(process.execPath, [TSX_CLI, CHECK_MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run kb:check', () => {
  it('checks one story folder given as an argument', () => {
    const { status, stdout, stderr } = kbCheck(OTHER_STORY_DIR);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(
      /^harbor-bridge: 8 entries, \d+ phrasings, 0 problem\(s\); coverage 8\/8/,
    );
    expect(stdout).not.toMatch(/elton-putin-call/);
  });

  it('checks every story folder of a knowledge folder, and prints words in two synonym groups', () => {
    const knowledge = join(temp, 'knowledge');
    cpSync(OTHER_STORY_DIR, join(knowledge, 'bridge'), { recursive: true });
    const qa = join(knowledge, 'bridge', 'qa.yaml');
    writeFileSync(
      qa,
      readFileSync(qa, 'utf8').replace('synonyms:\n', 'synonyms:\n  - [fault, crack, reason]\n'),
    );
    const { status, stdout, stderr } = kbCheck(knowledge);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^bridge: /);
    expect(stdout).toMatch(/synonyms in two groups/);
    expect(stdout).toMatch(/"crack": fault, crack/);
    expect(stdout).toMatch(/"reason": fault, why/);
  });

  it('fails, naming the file, the entry and the reason, on broken knowledge', () => {
    const broken = join(temp, 'broken');
    cpSync(OTHER_STORY_DIR, broken, { recursive: true });
    const qa = join(broken, 'qa.yaml');
    const text = readFileSync(qa, 'utf8');
    writeFileSync(
      qa,
      text.replace('cost an estimated $4.2 million.', 'cost an estimated $5 million.'),
    );
    const { status, stderr } = kbCheck(broken);
    expect(status).toBe(1);
    expect(stderr).toMatch(/qa\.yaml \[repair-cost\]: quote is not verbatim in paragraph 4/);
  });
});
