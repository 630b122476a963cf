/** A test fixture validated as the widgets would read it: the typed document, or a throw naming its first problems. */
import type { PolicyDocument } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';

export function valid(json: unknown): PolicyDocument {
  const r = validate(json);
  if (!r.ok) throw new Error(`invalid fixture: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.data;
}
