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
    };

const PREFIX = Object.freeze({
  showAnswer: 'answer:',
  faqPage: 'faq-page:',
  faqSelect: 'faq-select',
  feedback: 'feedback:',
});

const ENTRY_ID = /^[a-z0-9-]+$/;
const QUESTION_KEY = /^[a-z0-9]{1,16}$/;

export function encodeAction(action: ComponentAction): string {
  let id: string;
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
