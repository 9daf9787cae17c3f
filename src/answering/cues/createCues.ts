import type { LanguagePack } from '../language/languagePack.ts';
import { markBeyondStory } from './beyondStory.ts';
import { rewriteByPosition } from './byPosition.ts';
import type { Cue } from './cue.ts';
import { dropFillerPhrases } from './fillerPhrases.ts';
import { dropHearsay } from './hearsay.ts';
import { markOffStory } from './offStory.ts';

export type { Cue } from './cue.ts';

/**
 * Every cue of a language, applied in order to the plain words of a question: framing phrases
 * and rumour sources go first, so the later cues see only what is asked.
 */
export function createCues(language: LanguagePack): Cue {
  const cues: readonly Cue[] = [
    dropFillerPhrases(language),
    dropHearsay(language),
    markOffStory(language),
    markBeyondStory(language),
    rewriteByPosition(language),
  ];
  return (words) => cues.reduce<string[]>((out, cue) => cue(out), [...words]);
}
