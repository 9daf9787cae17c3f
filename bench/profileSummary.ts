/**
 * Summarises V8 CPU profiles (`node --cpu-prof`) without DevTools: the functions with the most
 * self time, and the project's functions with the most inclusive time.
 *
 *   npx tsx bench/profileSummary.ts CPU.*.cpuprofile [--top=25]
 *
 * Profiles that are almost all idle (tsx's loader thread writes one too) are skipped.
 */
import { readFileSync } from 'node:fs';
import { type CpuProfile, describeProfile, summarise } from './cpuProfile.ts';

const IDLE_SHARE = 0.95;

const args = process.argv.slice(2);
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/profileSummary.ts <file.cpuprofile>... [--top=25]\n');
  process.exit(2);
}
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const { self, sampledMs } = summarise(profile);
  const idle = [...self]
    .filter(([name]) => name.startsWith('(idle)'))
    .reduce((s, [, ms]) => s + ms, 0);
  if (idle > IDLE_SHARE * sampledMs) {
    process.stdout.write(`${file}: idle thread, skipped\n\n`);
    continue;
  }
  process.stdout.write(`${file}\n${describeProfile(profile, top)}\n\n`);
}
