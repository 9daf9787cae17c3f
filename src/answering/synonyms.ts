import type { LanguagePack } from './language/languagePack.ts';
import { createPhraseStemmer } from './stem.ts';

/**
 * Synonym groups, read as a map from each member phrase (its stems joined by spaces) to the
 * canonical stems it stands for. The first member of a group is its canonical form, and groups
 * with the same first member are one group (so a story can extend a group of the language).
 *
 * A member means what the groups that list it say, and nothing more: "reason" listed under both
 * "why" and "motive" reads as both, but "why" does not thereby read as "motive". Merging groups
 * that share a member would chain meanings ("statement" → "response" → "feel").
 *
 * Each value lists the canonical forms (as stems) of the groups listing the member.
 */
export function synonymPhrases(
  groups: readonly (readonly string[])[],
  toStems: (text: string) => string[],
): Map<string, readonly (readonly string[])[]> {
  const phrases = new Map<string, readonly (readonly string[])[]>();
  for (const { key, heads } of memberships(groups, toStems)) {
    phrases.set(
      key,
      heads.map((head) => head.split(' ')),
    );
  }
  return phrases;
}

/** A member phrase listed in groups with different canonical forms. */
export interface SharedMember {
  /** The member as first written. */
  readonly member: string;
  /** The canonical forms of the groups that list it. */
  readonly groups: readonly string[];
}

/**
 * Members that sit in two or more groups with different canonical forms: each reads as all of
 * them. Sometimes meant ("reason" is a why and a motive), often a slip worth a look.
 */
export function sharedMembers(
  groups: readonly (readonly string[])[],
  toStems: (text: string) => string[],
): SharedMember[] {
  return memberships(groups, toStems)
    .filter(({ heads }) => heads.length > 1)
    .map(({ member, headWords }) => ({ member, groups: headWords }));
}

interface Membership {
  readonly key: string;
  readonly member: string;
  /** Canonical stems of each group listing the member, in order. */
  readonly heads: string[];
  /** The same groups' canonical members as written. */
  readonly headWords: string[];
}

function memberships(
  groups: readonly (readonly string[])[],
  toStems: (text: string) => string[],
): Membership[] {
  const byKey = new Map<string, Membership>();
  for (const group of groups) {
    const headWord = group[0];
    const head = headWord === undefined ? '' : toStems(headWord).join(' ');
    if (head === '') continue;
    for (const member of group) {
      const key = toStems(member).join(' ');
      if (key === '') continue;
      const found = byKey.get(key) ?? { key, member, heads: [], headWords: [] };
      byKey.set(key, found);
      if (!found.heads.includes(head)) {
        found.heads.push(head);
        found.headWords.push(headWord ?? head);
      }
    }
  }
  return [...byKey.values()];
}

/**
 * The members of a story's and its language's synonym groups that sit in groups with different
 * canonical forms, as the engine keys them (stemmed, chat spellings expanded).
 */
export function sharedSynonyms(
  storySynonyms: readonly (readonly string[])[],
  language: LanguagePack,
): SharedMember[] {
  return sharedMembers([...storySynonyms, ...language.synonyms], createPhraseStemmer(language));
}
