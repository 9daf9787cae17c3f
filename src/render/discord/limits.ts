import type { APIEmbed } from 'discord.js';

/** Discord's payload limits; a payload past any of them is rejected with a 400. */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  selectOptions: 25,
  selectLabel: 100,
  selectDescription: 100,
  selectPlaceholder: 150,
  commandDescription: 100,
});

const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters (UTF-16 units, as Discord counts), cutting at a word
 * boundary when one is near and never inside a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', cut);
  if (space >= cut * 0.8) cut = space;
  // Do not leave half of a surrogate pair (an emoji) at the end.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/** The characters Discord counts towards an embed's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Makes an embed valid: every part within its own limit, and the whole within 6,000. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title !== undefined && { title: truncate(embed.title, DISCORD_LIMITS.embedTitle) }),
    ...(embed.description !== undefined && {
      description: truncate(embed.description, DISCORD_LIMITS.embedDescription),
    }),
    ...(embed.footer && {
      footer: { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.footerText) },
    }),
    ...(embed.fields && {
      fields: embed.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({
        ...f,
        name: truncate(f.name, DISCORD_LIMITS.fieldName),
        value: truncate(f.value, DISCORD_LIMITS.fieldValue),
      })),
    }),
  };
  // Over the total: drop trailing fields first, then shorten the description.
  while (embedLength(fitted) > DISCORD_LIMITS.embedTotal && (fitted.fields?.length ?? 0) > 0) {
    fitted.fields = fitted.fields?.slice(0, -1);
  }
  const excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = truncate(
      fitted.description,
      Math.max(1, fitted.description.length - excess),
    );
  }
  return fitted;
}
