import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnswerEngine } from '../answering/engine.ts';
import type { SmallTalkKind } from '../answering/language/conversationSchema.ts';
import { originText, quoteForTerminal } from '../curation/renderReport.ts';
import {
  candidateEntries,
  type EntryChoice,
  searchEntries,
} from '../curation/review/candidates.ts';
import type { Curator } from '../curation/review/curator.ts';
import type { ReviewQueue } from '../curation/review/reviewTypes.ts';
import {
  acceptStatus,
  type CurateStatus,
  dismissStatus,
  type StatusStyle,
  smallTalkKindName,
  smallTalkStatus,
} from '../render/curateStatus.ts';
import { inertPlainText } from '../render/inertText.ts';

/** How the terminal shows user text: JSON-quoted, so nothing typed can move the cursor or recolour. */
export const TERMINAL_STATUS_STYLE: StatusStyle = Object.freeze({
  quote: (text: string) => quoteForTerminal(text),
  id: (entryId: string) => entryId,
  plain: (text: string) => inertPlainText(text, 400),
});

/** Entries listed when a curator searches for one. */
const LISTED_ENTRIES = 10;

export const CURATE_COMMANDS = [
  '  a  add it as a phrasing of the nearest entry',
  '  e  add it as a phrasing of another entry (an id, or words to search)',
  '  s  mark it as small talk of this story (a greeting, thanks…): then it gets a chat reply',
  '  d  dismiss it (off-topic, spam, handled): off the queue for 30 days',
  '  n  next   p  previous   b  answers voted 👎   r  refresh   q  quit',
].join('\n');

export interface CurateCliDeps {
  readonly curator: Curator;
  /** The knowledge as it stands on disk (entries' questions and answers, ranking for a question). */
  readonly engine: () => AnswerEngine;
  /** Who is curating, hashed before it is recorded (a local account name). */
  readonly curatorId: string;
  readonly input: Readable;
  readonly output: Writable;
  /** Show prompts: on for a person at a terminal, off for commands piped in. */
  readonly interactive: boolean;
  /** Said after an accept: how the running bot picks the change up. */
  readonly afterAccept?: string;
}

/**
 * `npm run curate`: the review of `/curate` at a terminal, built on the same curator. Shows one
 * group at a time and reads a command per line; resolves when input ends or the curator quits.
 */
export function createCurateCli(deps: CurateCliDeps): { run(): Promise<void> } {
  const { curator, output } = deps;
  const print = (text: string): void => {
    output.write(`${text}\n`);
  };
  return {
    async run() {
      const lines = createInterface({
        input: deps.input,
        output,
        terminal: deps.interactive,
        crlfDelay: Infinity,
      });
      const iterator = lines[Symbol.asyncIterator]();
      const ask = async (prompt: string): Promise<string | undefined> => {
        if (deps.interactive) output.write(prompt);
        const next = await iterator.next();
        return next.done ? undefined : String(next.value).trim();
      };
      let page = 0;
      let status: CurateStatus | undefined;
      try {
        for (;;) {
          const queue = await curator.queue();
          if (!queue.ok) {
            print(`The review cannot be built: ${inertPlainText(queue.error, 600)}`);
            return;
          }
          const review = queue.value;
          page = Math.min(Math.max(0, page), Math.max(0, review.groups.length - 1));
          if (status) print(`${status.lines.join('\n')}\n`);
          status = undefined;
          print(groupText(review, page, deps.engine()));
          const command = await ask('> ');
          if (command === undefined || command === 'q') return;
          const group = review.groups[page];
          if (command === 'n') page += 1;
          else if (command === 'p') page -= 1;
          else if (command === 'r') continue;
          else if (command === 'b') print(dislikedText(review, deps.engine()));
          else if (command === 'd' && group) {
            const outcome = await curator.dismiss({ groupId: group.id, curatorId: deps.curatorId });
            status = dismissStatus(outcome, TERMINAL_STATUS_STYLE);
          } else if (command === 's' && group) {
            const kind = await chooseKind(review, group.id, ask, print);
            if (!kind) {
              status = { tone: 'info', lines: ['No kind chosen: nothing changed.'] };
              continue;
            }
            const report = await curator.smallTalk({
              groupId: group.id,
              kind,
              curatorId: deps.curatorId,
            });
            status = smallTalkStatus(report, TERMINAL_STATUS_STYLE);
            if (report.outcome.status === 'marked' && deps.afterAccept)
              status = { ...status, lines: [...status.lines, deps.afterAccept] };
          } else if ((command === 'a' || command === 'e') && group) {
            const entryId =
              command === 'a'
                ? group.nearest?.id
                : await chooseEntry(deps.engine(), group.representative, ask, print);
            if (!entryId) {
              status = { tone: 'info', lines: ['No entry chosen: nothing changed.'] };
              continue;
            }
            const report = await curator.accept({
              groupId: group.id,
              entryId,
              curatorId: deps.curatorId,
            });
            status = acceptStatus(report, TERMINAL_STATUS_STYLE);
            if (report.outcome.status === 'added' && deps.afterAccept)
              status = { ...status, lines: [...status.lines, deps.afterAccept] };
          } else print(CURATE_COMMANDS);
        }
      } finally {
        lines.close();
      }
    },
  };
}

/** Asks for an entry: an id as it is, or words to search, then a number from the list. */
async function chooseEntry(
  engine: AnswerEngine,
  question: string,
  ask: (prompt: string) => Promise<string | undefined>,
  print: (text: string) => void,
): Promise<string | undefined> {
  const typed = await ask('entry (an id, or words to search; empty: the best for the question): ');
  if (typed === undefined) return undefined;
  if (engine.entry(typed)) return typed;
  const found: EntryChoice[] =
    typed.length > 0
      ? searchEntries(engine, typed, LISTED_ENTRIES)
      : candidateEntries(engine, question, LISTED_ENTRIES);
  if (found.length === 0) {
    print(`No entry matches ${quoteForTerminal(typed)}.`);
    return undefined;
  }
  print(
    found
      .map(
        (entry, i) =>
          `${String(i + 1).padStart(4)}. ${entry.id} ${quoteForTerminal(entry.question)}`,
      )
      .join('\n'),
  );
  const number = Number(await ask('number: '));
  return Number.isInteger(number) ? found[number - 1]?.id : undefined;
}

/**
 * Asks for a kind of small talk: a number from the list, or its name; nothing for the kind the
 * question comes closest to (named in the prompt), when there is one.
 */
async function chooseKind(
  review: ReviewQueue,
  groupId: string,
  ask: (prompt: string) => Promise<string | undefined>,
  print: (text: string) => void,
): Promise<SmallTalkKind | undefined> {
  const likely = review.likelySmallTalk[groupId];
  const kinds = review.smallTalkKinds;
  print(
    kinds
      .map(
        (choice, i) =>
          `${String(i + 1).padStart(4)}. ${smallTalkKindName(choice.kind)}${choice.kind === likely ? ' (closest)' : ''}: ${choice.examples.map((e) => quoteForTerminal(e)).join(', ')}`,
      )
      .join('\n'),
  );
  const typed = await ask(
    `kind (a number or its name${likely ? `; empty: ${smallTalkKindName(likely)}` : ''}): `,
  );
  if (typed === undefined) return undefined;
  if (typed === '') return likely;
  const byNumber = /^\d+$/.test(typed) ? kinds[Number(typed) - 1]?.kind : undefined;
  const name = typed.toLowerCase().replace(/\s+/g, ' ');
  return (
    byNumber ??
    kinds.find((c) => smallTalkKindName(c.kind) === name || c.kind.toLowerCase() === name)?.kind
  );
}

/** One group of the queue as the terminal shows it. */
export function groupText(review: ReviewQueue, page: number, engine: AnswerEngine): string {
  const group = review.groups[page];
  const sources = `${review.databases} database${review.databases === 1 ? '' : 's'}`;
  const unreadable = review.unreadable.map((u) => `  (not read: ${inertPlainText(u, 300)})`);
  if (!group)
    return [
      `Nothing to review (${sources}); ${review.disliked.length} answers voted 👎 (b).`,
      ...unreadable,
    ].join('\n');
  const nearest = group.nearest;
  const answer = nearest ? engine.entry(nearest.id)?.answer : undefined;
  return [
    `[${page + 1}/${review.groups.length}] ${quoteForTerminal(group.representative)}: asked ${group.count}× (${originText(group.origins)}), last ${group.lastAskedAt}`,
    ...(group.examples.length > 0
      ? [`      also: ${group.examples.map((q) => quoteForTerminal(q)).join(' · ')}`]
      : []),
    nearest
      ? `      nearest: ${nearest.id} ${quoteForTerminal(nearest.question)} (confidence ${nearest.confidence.toFixed(2)})${group.answeredNow ? ', which answers it now' : ''}`
      : '      nearest: none (no entry shares a word with it)',
    ...(answer ? [`      its answer: ${inertPlainText(answer, 300)}`] : []),
    ...(review.likelySmallTalk[group.id]
      ? [
          `      closest small talk: ${smallTalkKindName(review.likelySmallTalk[group.id] ?? 'greeting')} (s marks it so)`,
        ]
      : []),
    ...unreadable,
    `a add · e another entry · s small talk · d dismiss · n next · p previous · b 👎 · r refresh · q quit (${sources})`,
  ].join('\n');
}

/** The answers voted 👎, each with the questions behind the votes. */
function dislikedText(review: ReviewQueue, engine: AnswerEngine): string {
  if (review.disliked.length === 0) return 'No answer has been voted 👎.';
  return review.disliked
    .map((d, i) =>
      [
        `${String(i + 1).padStart(4)}. ${d.entryId}: ${d.down} 👎, ${d.up} 👍`,
        `      ${inertPlainText(engine.entry(d.entryId)?.answer ?? '(no longer in the knowledge)', 300)}`,
        ...d.downQuestions.map((q) => `      👎 after: ${quoteForTerminal(q)}`),
      ].join('\n'),
    )
    .join('\n');
}
