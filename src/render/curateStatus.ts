import type { SmallTalkKind } from '../answering/language/conversationSchema.ts';
import type { AcceptReport, SmallTalkReport } from '../curation/review/curator.ts';
import type { DismissOutcome } from '../curation/review/reviewTypes.ts';
import type { ReloadResult } from '../knowledge/liveKnowledge.ts';
import type { KnowledgeProblem } from '../knowledge/problem.ts';

/** How a front end shows text: user text quoted and inert, an entry id, any other text inert. */
export interface StatusStyle {
  readonly quote: (text: string) => string;
  readonly id: (entryId: string) => string;
  /** Reasons from the knowledge, files and databases, which may hold user text too. */
  readonly plain: (text: string) => string;
}

/** Whether a status reports a change made, a refusal, or just news. */
export type StatusTone = 'done' | 'refused' | 'info';

/** What a curator is told after an action: one wording in every front end. */
export interface CurateStatus {
  readonly tone: StatusTone;
  readonly lines: readonly string[];
}

/** How many problems a refusal lists; the log and `kb:check` have them all. */
const LISTED_PROBLEMS = 5;

/** Said when the group acted on is no longer in the queue. */
export const GROUP_GONE =
  'That group is no longer in the queue: another curator has decided on it, or new questions have regrouped it. Here is the queue as it stands.';

/** What an accept did, in plain words. */
export function acceptStatus(report: AcceptReport, style: StatusStyle): CurateStatus {
  const { outcome } = report;
  switch (outcome.status) {
    case 'gone':
      return { tone: 'info', lines: [GROUP_GONE] };
    case 'failed':
      return { tone: 'refused', lines: [`Nothing was changed: ${style.plain(outcome.reason)}.`] };
    case 'refused': {
      if (outcome.problems.length === 0)
        return {
          tone: 'refused',
          lines: [`Not added: ${style.plain(outcome.reason)}. qa.yaml is unchanged.`],
        };
      return {
        tone: 'refused',
        lines: [
          `Not added: with ${style.quote(outcome.phrasing)} as a phrasing, kb:check finds ${count(outcome.problems.length, 'problem')}, so qa.yaml is unchanged:`,
          ...problemLines(outcome.problems, style),
        ],
      };
    }
    case 'added':
    case 'already': {
      const entry = `${style.id(outcome.entryId)} (${style.quote(outcome.entryQuestion)})`;
      const head =
        outcome.status === 'added'
          ? `Added ${style.quote(outcome.phrasing)} as a phrasing of ${entry}: every kb:check check passed and qa.yaml was written.`
          : `${style.quote(outcome.phrasing)} is already a phrasing of ${entry}: nothing to write. The group is off the queue.`;
      const lines = [head, ...reloadLines(report.reload, style)];
      const answered = report.answers.filter((a) => a.entryId === outcome.entryId).length;
      if (report.answers.length > 0)
        lines.push(
          `The group's questions answered by ${style.id(outcome.entryId)} now: ${answered} of ${report.answers.length}.`,
        );
      for (const answer of report.answers.filter((a) => a.entryId !== outcome.entryId))
        lines.push(
          `• ${style.quote(answer.question)} ${answer.entryId ? `is answered by ${style.id(answer.entryId)}` : 'gets no answer'}`,
        );
      if (outcome.auditProblem)
        lines.push(
          `(The decision could not be written to the audit trail: ${style.plain(outcome.auditProblem)}.)`,
        );
      return { tone: 'done', lines };
    }
  }
}

/** What marking a group as small talk did, in plain words. */
export function smallTalkStatus(report: SmallTalkReport, style: StatusStyle): CurateStatus {
  const { outcome } = report;
  switch (outcome.status) {
    case 'gone':
      return { tone: 'info', lines: [GROUP_GONE] };
    case 'failed':
      return { tone: 'refused', lines: [`Nothing was changed: ${style.plain(outcome.reason)}.`] };
    case 'refused':
      if (outcome.problems.length === 0)
        return {
          tone: 'refused',
          lines: [
            `Not marked as small talk: ${style.plain(outcome.reason)}. qa.yaml is unchanged.`,
          ],
        };
      return {
        tone: 'refused',
        lines: [
          `Not marked as small talk: with ${style.quote(outcome.phrase)} as small talk, kb:check finds ${count(outcome.problems.length, 'problem')}, so qa.yaml is unchanged:`,
          ...problemLines(outcome.problems, style),
        ],
      };
    case 'marked':
    case 'already': {
      const kind = smallTalkKindName(outcome.kind);
      const head =
        outcome.status === 'marked'
          ? `Marked ${style.quote(outcome.phrase)} as small talk (${kind}) of this story: every kb:check check passed and qa.yaml was written.`
          : `${style.quote(outcome.phrase)} is small talk (${kind}) already: nothing to write. The group is off the queue.`;
      const lines = [head, ...reloadLines(report.reload, style)];
      const read = report.readings.filter((r) => r.kind !== null).length;
      if (report.readings.length > 0)
        lines.push(
          `The group's questions the bot reads as small talk now: ${read} of ${report.readings.length}.`,
        );
      for (const reading of report.readings.filter((r) => r.kind === null))
        lines.push(`• ${style.quote(reading.question)} is still read as a question`);
      if (outcome.auditProblem)
        lines.push(
          `(The decision could not be written to the audit trail: ${style.plain(outcome.auditProblem)}.)`,
        );
      return { tone: 'done', lines };
    }
  }
}

/** A kind of small talk in plain words: `howAreYou` → "how are you". */
export function smallTalkKindName(kind: SmallTalkKind): string {
  return kind.replace(/\p{Lu}/gu, (letter) => ` ${letter.toLowerCase()}`);
}

/** What became of the reload after an edit, if there was one. */
function reloadLines(reload: ReloadResult | undefined, style: StatusStyle): string[] {
  if (!reload) return [];
  if (reload.ok) return [`The knowledge was reloaded (${reload.value.entries} entries).`];
  const first = reload.error[0];
  return [
    `The reload was refused, so the bot still serves the previous knowledge${first ? `: ${plainProblem(first, style)}` : ''}.`,
  ];
}

/** The first problems of a refusal, one per line; `kb:check` lists them all. */
function problemLines(problems: readonly KnowledgeProblem[], style: StatusStyle): string[] {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `• ${plainProblem(p, style)}`);
  const more = problems.length - listed.length;
  return [...listed, ...(more > 0 ? [`…and ${more} more (npm run kb:check lists them all).`] : [])];
}

/** What a dismissal did, in plain words. */
export function dismissStatus(outcome: DismissOutcome, style: StatusStyle): CurateStatus {
  switch (outcome.status) {
    case 'gone':
      return { tone: 'info', lines: [GROUP_GONE] };
    case 'failed':
      return { tone: 'refused', lines: [`Nothing was changed: ${style.plain(outcome.reason)}.`] };
    case 'dismissed':
      return {
        tone: 'done',
        lines: [
          `Dismissed ${style.quote(outcome.question)}: it stays off the queue until ${outcome.hiddenUntil.slice(0, 10)}; asked again after that, it comes back.`,
        ],
      };
  }
}

/** A knowledge problem without its file path, worded for a curator. */
export function plainProblem(problem: KnowledgeProblem, style: StatusStyle): string {
  const answeredBy = /^"(.*)" is answered by entry (\S+)$/.exec(problem.reason);
  if (answeredBy && problem.entryId)
    return `${style.quote(answeredBy[1] ?? '')}, a phrasing of ${style.id(problem.entryId)}, would be answered by ${style.id(answeredBy[2] ?? '')}`;
  const twice = /^phrasing "(.*)" also belongs to (?:this entry|entry (\S+))$/.exec(problem.reason);
  if (twice && problem.entryId)
    return `${style.quote(twice[1] ?? '')} is already a phrasing of ${style.id(twice[2] ?? problem.entryId)}`;
  const unanswered = /^"(.*)" gets no answer/.exec(problem.reason);
  if (unanswered && problem.entryId)
    return `${style.quote(unanswered[1] ?? '')}, a phrasing of ${style.id(problem.entryId)}, would get no answer`;
  const smallTalk =
    /^"(.*)" is read as small talk \((\w+), by .*\), so it would never be answered$/.exec(
      problem.reason,
    );
  if (smallTalk && problem.entryId)
    return `${style.quote(smallTalk[1] ?? '')}, a phrasing of ${style.id(problem.entryId)}, would be taken for small talk (${smallTalkKindName((smallTalk[2] ?? '') as SmallTalkKind)}) and never answered`;
  const phrase = /^small_talk\.\w+: "(.*)" (.*)$/.exec(problem.reason);
  if (phrase) return `${style.quote(phrase[1] ?? '')} ${style.plain(phrase[2] ?? '')}`;
  const reason = style.plain(problem.reason);
  return problem.entryId ? `${style.id(problem.entryId)}: ${reason}` : reason;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
