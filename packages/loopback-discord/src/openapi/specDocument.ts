// Discord's published OpenAPI description (spec/openapi.json, see spec/README.md), read once and
// corrected where it disagrees with what Discord accepts from a bot (quirks.ts).
import { readFileSync } from 'node:fs';
import { applyBotQuirks } from './quirks.ts';

/** A JSON Schema (2020-12) object as the spec writes it. */
export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiRequestBody {
  required?: boolean;
  content: Record<string, { schema?: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId?: string;
  requestBody?: OpenApiRequestBody;
}

/** The parts of an OpenAPI 3.1 document the request validator reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation | unknown>>;
  components: { schemas: Record<string, JsonSchema> };
}

const SPEC_FILE = new URL('../../spec/openapi.json', import.meta.url);

/** Discord's spec as shipped in this package, with the bot quirks applied. */
export function loadDiscordSpec(): OpenApiDocument {
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;
  return applyBotQuirks(spec);
}
