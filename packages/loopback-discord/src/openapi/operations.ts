// Finds the spec's operation for a request: its method and a path template such as
// `/channels/{channel_id}/messages/{message_id}`. Literal segments win over parameters, so
// `/webhooks/{id}/{token}/messages/@original` is its own operation, as in the spec.
import type { JsonSchema, OpenApiDocument, OpenApiOperation } from './specDocument.ts';

export interface SpecOperation {
  /** e.g. `POST /channels/{channel_id}/messages` */
  id: string;
  /** The JSON request body's schema; null when the operation takes no body. */
  requestSchema: JsonSchema | null;
  bodyRequired: boolean;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** A lookup from (method, path) to the operation Discord documents for it, or null. */
export function indexOperations(
  spec: OpenApiDocument,
): (method: string, path: string) => SpecOperation | null {
  const templates = Object.entries(spec.paths).map(([template, item]) => ({
    segments: template.split('/').filter(Boolean),
    template,
    item,
  }));
  return (method, path) => {
    const parts = path.split('/').filter(Boolean);
    const verb = method.toLowerCase();
    let best: { score: number; template: string; operation: OpenApiOperation } | null = null;
    for (const { segments, template, item } of templates) {
      const operation = item[verb] as OpenApiOperation | undefined;
      if (!METHODS.includes(verb) || !operation || segments.length !== parts.length) continue;
      let score = 0;
      const fits = segments.every((segment, i) => {
        if (segment.startsWith('{')) return parts[i] !== '';
        score += 1;
        return segment === parts[i];
      });
      if (fits && (!best || score > best.score)) best = { score, template, operation };
    }
    if (!best) return null;
    const body = best.operation.requestBody;
    return {
      id: `${method.toUpperCase()} ${best.template}`,
      requestSchema: body?.content['application/json']?.schema ?? null,
      bodyRequired: body?.required === true,
    };
  };
}
