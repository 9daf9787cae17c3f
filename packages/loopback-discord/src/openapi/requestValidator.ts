// Checks each request body the bot sends against the request schema Discord's OpenAPI spec gives
// for that route and method: a problem Discord would refuse (400 Invalid Form Body), and, apart,
// fields Discord does not document (it ignores them, so a misspelt one is lost without a word).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { indexOperations, type SpecOperation } from './operations.ts';
import { DISCORDJS_UNDOCUMENTED_FIELDS } from './quirks.ts';
import { readableSchemas, SPEC_ID } from './readableSchemas.ts';
import { type JsonSchema, loadDiscordSpec, type OpenApiDocument } from './specDocument.ts';

/** One thing wrong with a request. */
export interface SpecProblem {
  /** Where in the body, e.g. `data.embeds.0.title`; empty for the body or the request itself. */
  at: string;
  message: string;
  /** Discord's form-error code for it, e.g. `BASE_TYPE_MAX_LENGTH`. */
  code: string;
  /** Discord answers this with 400; unknown fields and undocumented routes are only reported. */
  refused: boolean;
}

export interface RequestCheck {
  /** The documented operation, e.g. `POST /channels/{channel_id}/messages`; null when none is. */
  operation: string | null;
  problems: SpecProblem[];
}

export interface RequestValidator {
  /** `path` without the `/api/v10` prefix or query; `body` the parsed JSON (or `payload_json`), null when none. */
  check(method: string, path: string, body: unknown): RequestCheck;
}

export interface RequestValidatorOptions {
  /** Default: Discord's, with the bot quirks applied. */
  spec?: OpenApiDocument;
  /** Undocumented field names not to report (Discord ignores them anyway). Default none. */
  ignoredFields?: readonly string[];
}

interface Compiled {
  /** The spec's schema: what Discord refuses. */
  refusing: ValidateFunction;
  /** The same, closed: what Discord does not document. */
  closed: ValidateFunction;
}

/** Keywords that only say "a branch below failed"; the branch's own errors say why. */
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

/** A validator of request bodies against an OpenAPI spec. Schemas compile on first use. */
export function createRequestValidator(options: RequestValidatorOptions = {}): RequestValidator {
  const spec = options.spec ?? loadDiscordSpec();
  const ignored = new Set(options.ignoredFields ?? []);
  const findOperation = indexOperations(spec);
  const refusing = schemaSet(spec, false);
  const closed = schemaSet(spec, true);
  const compiled = new Map<string, Compiled | null>();

  const compile = (operation: SpecOperation): Compiled | null => {
    if (!compiled.has(operation.id)) {
      const schema = operation.requestSchema;
      compiled.set(
        operation.id,
        schema ? { refusing: refusing(schema), closed: closed(schema) } : null,
      );
    }
    return compiled.get(operation.id) ?? null;
  };

  const check = (operation: SpecOperation, body: unknown): SpecProblem[] => {
    if (body === null || body === undefined) {
      return operation.bodyRequired
        ? [problem('', 'a request body is required', 'BASE_TYPE_REQUIRED', true)]
        : [];
    }
    const validators = compile(operation);
    if (!validators) {
      return [problem('', 'this route takes no request body', 'UNEXPECTED_BODY', false)];
    }
    if (!validators.refusing(body)) return refusals(validators.refusing.errors ?? []);
    // Removed rather than filtered out afterwards: in a union, an ignored field would fail a branch.
    validators.closed(ignored.size > 0 ? without(body, ignored) : body);
    return unknownFields(validators.closed.errors ?? []);
  };

  return {
    check(method, path, body) {
      const operation = findOperation(method, path);
      if (!operation) {
        const unknown = problem('', 'Discord documents no such route', 'UNKNOWN_ROUTE', false);
        return { operation: null, problems: [unknown] };
      }
      return { operation: operation.id, problems: check(operation, body) };
    },
  };
}

let shared: RequestValidator | null = null;

/**
 * One validator for the whole process, for discord.js clients: compiling the spec's schemas
 * takes a few hundred milliseconds, so every loopback Discord in a test process shares them.
 */
export function sharedRequestValidator(): RequestValidator {
  shared ??= createRequestValidator({ ignoredFields: DISCORDJS_UNDOCUMENTED_FIELDS });
  return shared;
}

/** An Ajv for the spec's schemas (`closed`: with unknown fields reported), as a compile function. */
function schemaSet(spec: OpenApiDocument, closed: boolean): (s: JsonSchema) => ValidateFunction {
  // validateSchema off: checking 539 schemas against the meta-schema costs ~150 ms a process, and
  // strict mode still rejects, when compiling, any keyword or format it does not know.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    validateSchema: false,
  });
  formats.default(ajv);
  ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
  ajv.addFormat('nonce', true); // any string; its length is limited by maxLength
  ajv.addKeyword('x-discord-union'); // the spec's note that an anyOf is meant as a oneOf
  const { defs, rewrite } = readableSchemas(spec.components.schemas, { closed });
  ajv.addSchema({ $id: SPEC_ID, $defs: defs });
  return (schema) => ajv.compile(rewrite(schema));
}

function refusals(errors: ErrorObject[]): SpecProblem[] {
  const specific = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
  return distinct((specific.length > 0 ? specific : errors).map(refusal));
}

/** An Ajv error in Discord's words where Discord has them (its form-error codes and messages). */
function refusal(e: ErrorObject): SpecProblem {
  const at = where(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return problem(
        join(at, String(params.missingProperty)),
        'This field is required',
        'BASE_TYPE_REQUIRED',
        true,
      );
    case 'maxLength':
    case 'maxItems':
      return problem(
        at,
        `Must be ${params.limit} or fewer in length.`,
        'BASE_TYPE_MAX_LENGTH',
        true,
      );
    case 'minLength':
    case 'minItems':
      return problem(
        at,
        `Must be ${params.limit} or more in length.`,
        'BASE_TYPE_MIN_LENGTH',
        true,
      );
    case 'enum':
    case 'const':
      return problem(at, `Value ${e.message ?? 'is not allowed'}.`, 'BASE_TYPE_CHOICES', true);
    default:
      return problem(at, e.message ?? e.keyword, 'BASE_TYPE_INVALID', true);
  }
}

function unknownFields(errors: ErrorObject[]): SpecProblem[] {
  const found = errors
    .filter((e) => e.keyword === 'unevaluatedProperties')
    .map((e) => {
      const name = String((e.params as Record<string, unknown>).unevaluatedProperty);
      const message = 'Discord documents no such field here (it ignores it)';
      return problem(join(where(e.instancePath), name), message, 'UNKNOWN_FIELD', false);
    });
  return distinct(found);
}

/** The branches of an untagged union report a problem they share once each. */
function distinct(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.at, p.code, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `/data/embeds/0/title` → `data.embeds.0.title`, the way Discord names fields in its errors. */
function where(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

function join(at: string, name: string): string {
  return at ? `${at}.${name}` : name;
}

/** A copy of a JSON value without the named fields, at any depth. */
function without(value: unknown, names: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, names));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !names.has(name))
      .map(([name, item]) => [name, without(item, names)]),
  );
}

function problem(at: string, message: string, code: string, refused: boolean): SpecProblem {
  return { at, message, code, refused };
}
