import { shippedEngine } from './test/storyFixture.ts';
const e = shippedEngine();
for (const q of process.argv.slice(2)) {
  const a = e.ask(q);
  const r = e.explain(q).ranking.slice(0,3).map(x=>`${x.id}:${x.score.toFixed(2)}`).join(' ');
  console.log(a.status.padEnd(8), a.status==='answered'?a.entry.id:'-', a.confidence.toFixed(2), a.suggestions.map(s=>s.id).join(','), '|', r, '|', q);
}
