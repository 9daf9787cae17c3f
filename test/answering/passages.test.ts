import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { normalizeText, words } from '../../src/answering/normalizeText.ts';
import { createPassageFinder, sentencesOf } from '../../src/answering/passages.ts';
import { parseArticle } from '../../src/knowledge/article.ts';
import { shippedLanguage } from '../storyFixture.ts';

const article = parseArticle(
  [
    'Riverton Opens Its New Bridge',
    'The mayor, Anna B. Alba, cut the ribbon on Monday. Crowds cheered from both banks.',
    'The bridge cost twelve million dollars and took three years to build. Engineers called it "a quiet giant".',
    'Critics said the toll was too high.',
  ].join('\n\n'),
);
const analyzer = createAnalyzer({ synonyms: [], language: shippedLanguage() });
const toStems = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
const toWords = (text: string): string[] => words(normalizeText(text));
const finder = createPassageFinder(article, toStems, toWords);
const find = (question: string, unknownWeight = 0) =>
  finder.find(toStems(question), unknownWeight, toWords(question));

describe('sentencesOf', () => {
  it('splits a paragraph into sentences, keeping initials inside a name', () => {
    expect(sentencesOf(article.paragraphs[1] ?? '')).toEqual([
      'The mayor, Anna B. Alba, cut the ribbon on Monday.',
      'Crowds cheered from both banks.',
    ]);
  });
});

describe('createPassageFinder', () => {
  it('finds the sentence a question targets by its distinctive words', () => {
    expect(find('how much money did the bridge cost and how many years to build')?.source).toEqual({
      paragraph: 2,
      quote: 'The bridge cost twelve million dollars and took three years to build.',
    });
  });

  it('finds a sentence the question quotes', () => {
    expect(find('what does a quiet giant mean')?.source.paragraph).toBe(2);
  });

  it('finds nothing for a question that shares only a common word', () => {
    expect(find('who built the other bridge in the next town', 5)).toBeUndefined();
  });

  it('finds nothing when words the article never uses dominate the question', () => {
    expect(
      find('did the mayor cut the ribbon with golden scissors from paris', 20),
    ).toBeUndefined();
  });
});
