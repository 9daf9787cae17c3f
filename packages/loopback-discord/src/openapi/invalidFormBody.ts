// Discord's answer to a body its schema refuses: 400, code 50035, the problems nested by field.
import { discordError, type RestResponse } from '../rest.ts';
import type { SpecProblem } from './requestValidator.ts';

type ErrorTree = Record<string, unknown>;

/** `{ message: 'Invalid Form Body', code: 50035, errors: { data: { content: { _errors: [...] } } } }` */
export function invalidFormBody(problems: readonly SpecProblem[]): RestResponse {
  const errors: ErrorTree = {};
  for (const { at, code, message } of problems) {
    let node = errors;
    for (const field of at.split('.').filter(Boolean)) {
      node[field] ??= {};
      node = node[field] as ErrorTree;
    }
    const listed = (node._errors ?? []) as { code: string; message: string }[];
    node._errors = [...listed, { code, message }];
  }
  return discordError(400, 50035, 'Invalid Form Body', errors);
}
