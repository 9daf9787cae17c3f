// Where Discord's OpenAPI spec disagrees with what Discord accepts from a bot. Each correction names
// the schemas it touches and checks that they still read as expected, so a newer spec that fixes
// (or moves) a quirk fails loudly here instead of being patched silently in the wrong place.
import type { JsonSchema, OpenApiDocument } from './specDocument.ts';

/** Bots may send 2,000 characters of message content; the spec allows 4,000 (a Nitro user's limit). */
export const BOT_CONTENT_LIMIT = 2000;
const SPEC_CONTENT_LIMIT = 4000;
const MESSAGE_REQUESTS = [
  'MessageCreateRequest',
  'MessageEditRequestPartial',
  'BaseCreateMessageCreateRequest',
];

/** Permission bit sets are decimal strings on the wire (Discord's docs, discord.js, discord-api-types);
 *  the spec's request schemas say integer. Both are accepted, a string only in decimal. */
const COMMAND_REQUESTS = [
  'ApplicationCommandCreateRequest',
  'ApplicationCommandUpdateRequest',
  'ApplicationCommandPatchRequestPartial',
];
const PERMISSIONS: JsonSchema = {
  type: ['string', 'integer', 'null'],
  pattern: '^(0|[1-9][0-9]*)$',
  minimum: 0,
};

/**
 * Fields discord.js 14 adds to every message body whatever the bot asked for, also where Discord
 * documents none: `enforce_nonce` (false in interaction replies and webhooks) and `tts` (false in
 * edits and message updates). Discord ignores them, and no bot built on discord.js can leave them
 * out, so they are not reported as unknown fields.
 */
export const DISCORDJS_UNDOCUMENTED_FIELDS: readonly string[] = ['enforce_nonce', 'tts'];

/** The spec with the bot quirks corrected (in place: the caller owns the freshly parsed document). */
export function applyBotQuirks(spec: OpenApiDocument): OpenApiDocument {
  for (const name of MESSAGE_REQUESTS) {
    const content = property(spec, name, 'content');
    expectQuirk(content.maxLength === SPEC_CONTENT_LIMIT, `${name}.content maxLength 4000`);
    content.maxLength = BOT_CONTENT_LIMIT;
  }
  for (const name of COMMAND_REQUESTS) {
    const permissions = property(spec, name, 'default_member_permissions');
    const types = permissions.type;
    expectQuirk(
      Array.isArray(types) && types.includes('integer') && !types.includes('string'),
      `${name}.default_member_permissions typed integer`,
    );
    propertiesOf(spec, name).default_member_permissions = { ...PERMISSIONS };
  }
  return spec;
}

function propertiesOf(spec: OpenApiDocument, schemaName: string): Record<string, JsonSchema> {
  const schema = spec.components.schemas[schemaName];
  const properties = schema?.properties;
  expectQuirk(typeof properties === 'object' && properties !== null, `${schemaName} properties`);
  return properties as Record<string, JsonSchema>;
}

function property(spec: OpenApiDocument, schemaName: string, name: string): JsonSchema {
  const found = propertiesOf(spec, schemaName)[name];
  expectQuirk(found !== undefined, `${schemaName}.${name}`);
  return found as JsonSchema;
}

function expectQuirk(holds: boolean, what: string): asserts holds {
  if (!holds) throw new Error(`Discord's OpenAPI spec changed: expected ${what}; review quirks.ts`);
}
