// Rewrites the spec's schemas so that a failed validation says what is wrong in plain words:
// a union of `{ const }` alternatives becomes an `enum`, a nullable union an if/else, and a
// union tagged by a `type` field (components, interaction callbacks) an if/then per tag. Without
// this, one bad button label is reported once per component type the union lists. Validation
// accepts and refuses exactly what the spec's own schemas do.
import type { JsonSchema } from './specDocument.ts';

/** `$id` under which the spec's component schemas are registered, as `$defs`. */
export const SPEC_ID = 'discord-openapi.json';
const COMPONENT_REF = '#/components/schemas/';

export interface ReadableOptions {
  /** Add `unevaluatedProperties: false` to every object schema that lists its properties: Discord
   *  ignores unknown fields, so a misspelt one is lost silently; this variant names them. */
  closed?: boolean;
}

/** Keywords whose value is one subschema, a map of subschemas, or a list of subschemas. */
const ONE = [
  'items',
  'not',
  'if',
  'then',
  'else',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
];
const MAP = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const ANNOTATIONS = new Set(['title', 'description', 'const', 'deprecated']);

/**
 * The spec's component schemas made readable (see above), with references rewritten to
 * `SPEC_ID#/$defs/Name`; `rewrite` does the same to any other schema of the spec.
 */
export function readableSchemas(
  components: Record<string, JsonSchema>,
  options: ReadableOptions = {},
): { defs: Record<string, JsonSchema>; rewrite: (schema: JsonSchema) => JsonSchema } {
  const rewrite = (schema: JsonSchema): JsonSchema => transform(schema, components, options);
  const defs = Object.fromEntries(
    Object.entries(components).map(([name, schema]) => [name, rewrite(schema)]),
  );
  return { defs, rewrite };
}

function transform(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  options: ReadableOptions,
): JsonSchema {
  const sub = (value: unknown): unknown =>
    isSchema(value) ? transform(value, components, options) : value;
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ONE.includes(keyword)) out[keyword] = sub(value);
    else if (MAP.includes(keyword) && isSchema(value))
      out[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sub(v)]));
    else if (LIST.includes(keyword) && Array.isArray(value)) out[keyword] = value.map(sub);
    else if (keyword === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF))
      out[keyword] = `${SPEC_ID}#/$defs/${value.slice(COMPONENT_REF.length)}`;
    else out[keyword] = value;
  }
  if (options.closed && isSchema(out.properties) && !closedAlready(out)) {
    out.unevaluatedProperties = false;
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const original = schema[keyword];
    if (Array.isArray(original) && Array.isArray(out[keyword])) {
      simplifyUnion(out, keyword, original as JsonSchema[], components);
    }
  }
  return out;
}

function simplifyUnion(
  out: JsonSchema,
  keyword: 'oneOf' | 'anyOf',
  original: JsonSchema[],
  components: Record<string, JsonSchema>,
): void {
  const branches = out[keyword] as JsonSchema[];
  if (original.every((b) => 'const' in b && Object.keys(b).every((k) => ANNOTATIONS.has(k)))) {
    delete out[keyword];
    out.enum = original.map((b) => b.const);
    return;
  }
  if (out.if !== undefined || out.then !== undefined || out.else !== undefined) return;
  const nullAt = original.findIndex((b) => Object.keys(b).length === 1 && b.type === 'null');
  if (original.length === 2 && nullAt !== -1) {
    delete out[keyword];
    out.if = { type: 'null' };
    out.else = branches[1 - nullAt];
    return;
  }
  const tags = original.map((b) => typeTag(b, components));
  const all = tags.flat();
  if (tags.every((t) => t.length > 0) && new Set(all).size === all.length) {
    delete out[keyword];
    const tagged = { type: 'object', required: ['type'], properties: { type: { enum: all } } };
    const chosen = branches.map((then, i) => ({
      if: { type: 'object', required: ['type'], properties: { type: { enum: tags[i] } } },
      then,
    }));
    out.allOf = [...((out.allOf as JsonSchema[] | undefined) ?? []), tagged, ...chosen];
  }
}

/** The values of a branch's required `type` field, when the branch is a component tagged by it. */
function typeTag(branch: JsonSchema, components: Record<string, JsonSchema>): unknown[] {
  const ref = branch.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_REF)) return [];
  const target = components[ref.slice(COMPONENT_REF.length)];
  const required = target?.required;
  const type = (target?.properties as Record<string, JsonSchema> | undefined)?.type;
  if (!Array.isArray(required) || !required.includes('type') || !type) return [];
  if (Array.isArray(type.enum)) return type.enum;
  return 'const' in type ? [type.const] : [];
}

function closedAlready(schema: JsonSchema): boolean {
  return (
    schema.additionalProperties !== undefined ||
    schema.unevaluatedProperties !== undefined ||
    schema.patternProperties !== undefined
  );
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
