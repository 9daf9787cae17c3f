import { createHash } from 'node:crypto';
import { DISCORD_LIMITS } from './limits.ts';

/**
 * The custom ids of the bot's buttons and menus: made by the renderers, read by the dispatcher.
 * Entry ids are kebab-case and short, so every id stays within Discord's 100 characters.
 */
export type ComponentAction =
  | { readonly kind: 'show-answer'; readonly entryId: string }
  | { readonly kind: 'faq-page'; readonly page: number }
  | { readonly kind: 'faq-select' }
  | {
      readonly kind: 'feedback';
      readonly vote: 'up' | 'down';
      readonly entryId: string;
      /** The key of the question the answer replied to (see `QuestionKeys`); absent if it did not fit. */
      readonly questionKey?: string;
    }
  | CurateAction;

/**
 * The owners' review (`/curate`): `page` is where the curator is in the queue, `groupId` the group
 * shown (see `groupIdOf`), `entryRef` an entry (see `entryRefOf`).
 */
export type CurateAction =
  | { readonly kind: 'curate-page'; readonly page: number }
  | { readonly kind: 'curate-refresh'; readonly page: number }
  | { readonly kind: 'curate-disliked'; readonly page: number }
  | {
      readonly kind: 'curate-add';
      readonly page: number;
      readonly groupId: string;
      readonly entryRef: string;
    }
  /** The menu of entries; the entry chosen is its value (an entry ref). */
  | { readonly kind: 'curate-pick'; readonly page: number; readonly groupId: string }
  | { readonly kind: 'curate-dismiss'; readonly page: number; readonly groupId: string }
  /** The menu of kinds of small talk; the kind chosen is its value. */
  | { readonly kind: 'curate-talk'; readonly page: number; readonly groupId: string }
  /** Opens the modal to search entries by what the curator types. */
  | { readonly kind: 'curate-find'; readonly page: number; readonly groupId: string }
  /** The modal itself, submitted. */
  | { readonly kind: 'curate-search'; readonly page: number; readonly groupId: string };

const PREFIX = Object.freeze({
  showAnswer: 'answer:',
  faqPage: 'faq-page:',
  faqSelect: 'faq-select',
  feedback: 'feedback:',
});

const ENTRY_ID = /^[a-z0-9-]+$/;
const QUESTION_KEY = /^[a-z0-9]{1,16}$/;
const GROUP_ID = /^[0-9a-f]{12}$/;
/** An entry id, or `~` and a hash of one too long to carry (see `entryRefOf`). */
const ENTRY_REF = /^(?:[a-z0-9-]{1,64}|~[0-9a-f]{16})$/;
const PAGE = /^(0|[1-9]\d{0,3})$/;

const CURATE = 'curate:';
const CURATE_KINDS = Object.freeze({
  page: 'curate-page',
  refresh: 'curate-refresh',
  bad: 'curate-disliked',
  add: 'curate-add',
  pick: 'curate-pick',
  dismiss: 'curate-dismiss',
  talk: 'curate-talk',
  find: 'curate-find',
  search: 'curate-search',
} as const);
type CurateVerb = keyof typeof CURATE_KINDS;
const VERB_OF: Readonly<Record<CurateAction['kind'], CurateVerb>> = Object.freeze({
  'curate-page': 'page',
  'curate-refresh': 'refresh',
  'curate-disliked': 'bad',
  'curate-add': 'add',
  'curate-pick': 'pick',
  'curate-dismiss': 'dismiss',
  'curate-talk': 'talk',
  'curate-find': 'find',
  'curate-search': 'search',
});

/** Whether an action belongs to the owners' review (`/curate`): one list of its kinds, `VERB_OF`. */
export function isCurateAction(action: ComponentAction): action is CurateAction {
  return Object.hasOwn(VERB_OF, action.kind);
}

function encodeCurate(action: CurateAction): string {
  const parts: (string | number)[] = [VERB_OF[action.kind], action.page];
  if ('groupId' in action) parts.push(action.groupId);
  if (action.kind === 'curate-add') parts.push(action.entryRef);
  return `${CURATE}${parts.join(':')}`;
}

function decodeCurate(customId: string): CurateAction | undefined {
  const [verb = '', pageText = '', ...rest] = customId.slice(CURATE.length).split(':');
  if (!Object.hasOwn(CURATE_KINDS, verb) || !PAGE.test(pageText)) return undefined;
  const page = Number(pageText);
  const kind = CURATE_KINDS[verb as CurateVerb];
  if (kind === 'curate-page' || kind === 'curate-refresh' || kind === 'curate-disliked')
    return rest.length === 0 ? { kind, page } : undefined;
  const [groupId = '', ...more] = rest;
  if (!GROUP_ID.test(groupId)) return undefined;
  if (kind === 'curate-add') {
    const [entryRef = '', ...extra] = more;
    return ENTRY_REF.test(entryRef) && extra.length === 0
      ? { kind, page, groupId, entryRef }
      : undefined;
  }
  return more.length === 0 ? { kind, page, groupId } : undefined;
}

/**
 * How a button or menu names an entry: its id, or, for an id too long to fit in a custom id beside
 * the rest, `~` and a hash of it (the schema puts no limit on ids).
 */
export function entryRefOf(entryId: string): string {
  if (entryId.length <= 64 && ENTRY_ID.test(entryId)) return entryId;
  return `~${createHash('sha256').update(entryId).digest('hex').slice(0, 16)}`;
}

/** The entry id among `ids` that `ref` names, if any. */
export function entryIdOfRef(ref: string, ids: readonly string[]): string | undefined {
  return ids.find((id) => entryRefOf(id) === ref);
}

/** Whether a menu value is an entry ref as `entryRefOf` makes them. */
export function isEntryRef(value: string): boolean {
  return ENTRY_REF.test(value);
}

export function encodeAction(action: ComponentAction): string {
  let id: string;
  if (isCurateAction(action)) id = encodeCurate(action);
  else
    switch (action.kind) {
      case 'show-answer':
        id = `${PREFIX.showAnswer}${action.entryId}`;
        break;
      case 'faq-page':
        id = `${PREFIX.faqPage}${action.page}`;
        break;
      case 'faq-select':
        id = PREFIX.faqSelect;
        break;
      case 'feedback':
        id = `${PREFIX.feedback}${action.vote}:${action.entryId}`;
        // The question's key is a nicety: an entry id long enough to leave no room goes without it.
        if (
          action.questionKey &&
          id.length + 1 + action.questionKey.length <= DISCORD_LIMITS.customId
        )
          id = `${id}:${action.questionKey}`;
        break;
    }
  if (id.length > DISCORD_LIMITS.customId) throw new Error(`custom id too long: ${id}`);
  return id;
}

/** Reads a custom id back; anything not made by `encodeAction` gives `undefined`. */
export function decodeAction(customId: string): ComponentAction | undefined {
  if (customId.startsWith(PREFIX.showAnswer)) {
    const entryId = customId.slice(PREFIX.showAnswer.length);
    return ENTRY_ID.test(entryId) ? { kind: 'show-answer', entryId } : undefined;
  }
  if (customId.startsWith(PREFIX.faqPage)) {
    const page = Number(customId.slice(PREFIX.faqPage.length));
    return Number.isInteger(page) && page >= 0 ? { kind: 'faq-page', page } : undefined;
  }
  if (customId === PREFIX.faqSelect) return { kind: 'faq-select' };
  if (customId.startsWith(CURATE)) return decodeCurate(customId);
  if (customId.startsWith(PREFIX.feedback)) {
    const [vote, entryId = '', questionKey, ...rest] = customId
      .slice(PREFIX.feedback.length)
      .split(':');
    const keyOk = questionKey === undefined || QUESTION_KEY.test(questionKey);
    if (
      (vote === 'up' || vote === 'down') &&
      ENTRY_ID.test(entryId) &&
      keyOk &&
      rest.length === 0
    ) {
      return { kind: 'feedback', vote, entryId, ...(questionKey && { questionKey }) };
    }
  }
  return undefined;
}
