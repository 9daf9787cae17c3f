import type { DecisionRow, Origin } from './records.ts';
import type { CurationReport, DislikedEntry, QuestionGroup } from './reportTypes.ts';

/** How the text report shows user text; one frozen place to tune it. */
export const TEXT_REPORT = Object.freeze({
  /** Longer questions are cut (with "…") so one pasted essay does not bury the report. */
  maxQuestionChars: 160,
});

/** Shown instead of an empty report. */
export const NOTHING_RECORDED =
  'Nothing recorded yet: no unanswered questions and no votes so far. The bot records them as people use it.';

// JSON escaping already makes control characters (ESC, NUL, newlines) visible; these reorder text
// on screen without being controls, so a question could make the lines around it read wrongly.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A user's question, quoted for a terminal: cut to length and JSON-escaped, so no user text can
 * move the cursor, recolour the screen or spoof a line of the report.
 */
export function quoteForTerminal(text: string, max: number = TEXT_REPORT.maxQuestionChars): string {
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return JSON.stringify(cut).replace(
    BIDI_CONTROLS,
    (c) => `\\u${c.codePointAt(0)?.toString(16).padStart(4, '0')}`,
  );
}

/** The report as plain text for a curator's terminal. */
export function renderReportText(report: CurationReport): string {
  const { totals } = report;
  const dropped =
    totals.dropped > 0
      ? [
          `${totals.dropped} record${totals.dropped === 1 ? ' was' : 's were'} dropped (the database was locked or slow for too long, or the queue was full): see the bot's curation.dropped log lines.`,
        ]
      : [];
  if (totals.questions === 0 && totals.up + totals.down === 0 && report.decisions.length === 0)
    return [NOTHING_RECORDED, ...dropped].join('\n');
  const decided =
    totals.decided > 0 ? ` (and ${totals.decided} that curators have decided on)` : '';
  const lines = [
    `Curation report for ${report.story}, ${report.generatedAt}`,
    `${totals.questions - totals.decided} questions recorded without a good answer, in ${totals.groups} groups${decided}; ` +
      `${totals.up + totals.down} votes: ${totals.up} 👍, ${totals.down} 👎.`,
    ...dropped,
    '',
    'Asked most without a good answer (npm run curate or /curate: add each to an entry, or dismiss it; or write a new entry):',
    ...section(report.unanswered.flatMap((group, i) => groupLines(group, i + 1))),
    '',
    'Answers voted 👎:',
    ...section(report.disliked.flatMap((entry, i) => dislikedLines(entry, i + 1))),
    '',
    'Recent decisions (npm run curate, /curate):',
    ...section(report.decisions.map(decisionLine)),
  ];
  return lines.join('\n');
}

/** The report as one JSON document (for scripts): `--json`. */
export function renderReportJson(report: CurationReport): string {
  return JSON.stringify(report, null, 2);
}

function section(lines: string[]): string[] {
  return lines.length > 0 ? lines : ['  (none)'];
}

function groupLines(group: QuestionGroup, rank: number): string[] {
  const lines = [
    `${`${rank}.`.padStart(4)} ${group.count}× ${quoteForTerminal(group.representative)}`,
  ];
  if (group.examples.length > 0) {
    lines.push(`       also: ${group.examples.map((q) => quoteForTerminal(q)).join(' · ')}`);
  }
  const nearest = group.nearest;
  lines.push(
    nearest
      ? `       nearest: ${nearest.id} ${quoteForTerminal(nearest.question)} (confidence ${nearest.confidence.toFixed(2)})` +
          (group.answeredNow ? ' — answered now' : '')
      : '       nearest: none (no entry shares a word with it)',
  );
  lines.push(`       last asked ${group.lastAskedAt}; ${originText(group.origins)}`);
  return lines;
}

function dislikedLines(entry: DislikedEntry, rank: number): string[] {
  const name =
    entry.question === null ? '(no longer in the knowledge)' : quoteForTerminal(entry.question);
  return [
    `${`${rank}.`.padStart(4)} ${entry.entryId} ${name}: ${entry.down} 👎, ${entry.up} 👍`,
    ...entry.downQuestions.map((q) => `       👎 after: ${quoteForTerminal(q)}`),
  ];
}

const ORIGIN_NAMES: Readonly<Record<Origin, string>> = Object.freeze({
  guild: 'in servers',
  dm: 'in DMs',
  console: 'in the console',
});

/** Where a group's questions came from, e.g. "4 in servers, 1 in DMs". */
export function originText(origins: Readonly<Record<Origin, number>>): string {
  return (Object.keys(ORIGIN_NAMES) as Origin[])
    .filter((origin) => origins[origin] > 0)
    .map((origin) => `${origins[origin]} ${ORIGIN_NAMES[origin]}`)
    .join(', ');
}

function decisionLine(decision: DecisionRow): string {
  const question = quoteForTerminal(decision.question);
  const what =
    decision.action === 'accept'
      ? `added ${question} as a phrasing of ${decision.entryId}`
      : decision.action === 'small-talk'
        ? `marked ${question} as small talk (${decision.smallTalkKind})`
        : `dismissed ${question} until ${decision.hiddenUntil.slice(0, 10)}`;
  return `     ${decision.at} ${what} (curator ${decision.curatorKey.slice(0, 8)})`;
}
