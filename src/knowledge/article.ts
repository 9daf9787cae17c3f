import type { Article } from './types.ts';

/**
 * Splits the article text into its title and paragraphs: the first block is the title,
 * each further block separated by blank lines is one paragraph, numbered from 1.
 */
export function parseArticle(text: string): Article {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const [title = '', ...paragraphs] = blocks;
  return Object.freeze({ title, paragraphs: Object.freeze([title, ...paragraphs]) });
}

/**
 * Canonical form for comparing quotes with the article: the article holds non-breaking spaces
 * and may hold typographic quotes, which a curator types as plain ones.
 */
export function canonicalQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** Whether `quote` appears verbatim (after canonicalisation) in the given paragraph. */
export function quoteInParagraph(article: Article, paragraph: number, quote: string): boolean {
  const text = article.paragraphs[paragraph];
  if (text === undefined) return false;
  return canonicalQuoteText(text).includes(canonicalQuoteText(quote));
}
