/**
 * Property-based fuzzing of the pure pipeline: JSON → validate() → assess() → the three widgets' view models.
 *
 * The promise under test: whatever the data, validate() never throws and names every problem's
 * place; and a document it accepts never makes a view throw, nor puts "NaN", "undefined", "Infinity", "null" or
 * "[object Object]" in front of a reader, nor a non-finite number into a chart's geometry.
 *
 * Documents are the three real datasets, cut to a few targets and mutated (a field deleted or retyped, numbers set to
 * 0, negative, huge, tiny or fractional, years reordered, ids duplicated, lists emptied, hostile text and URLs), plus
 * wholly random JSON. Each mutation is a record of small integers and picks, so a failure shrinks to a short list of
 * edits on a named dataset. Seeds are fixed: the same cases run on every machine (the current year, which decides
 * which years are "in the future" and one of the as-of years, is the one input that moves).
 *
 * To hunt further, raise RUNS locally (`FUZZ_RUNS=5000 FUZZ_SEED=7 npx vitest run test/unit/fuzz.test.ts`; FUZZ_WIDE=1 adds as-of years); a
 * failure prints its seed and path, and the minimal case goes beside the module as a plain regression test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/format/validate.js';
import { badLeaves, cook, DATASETS, OPS, places, recipe, RUNS, runs, SEED, SEMANTIC, safeStringify, validationProblems, viewProblems, type Json, type Obj } from '../helpers/fuzz.js';

// ---- Properties ----------------------------------------------------------------------------------------------------

const params = (numRuns: number, offset = 0) => ({ seed: SEED + offset, numRuns: runs(numRuns) });
const TEXTS = DATASETS.map((d) => JSON.stringify(d, null, 2));

describe('fuzz: the checks themselves', () => {
  it("find each forbidden word in a string, and a non-finite number, at its path; not in the data's own figures", () => {
    const view = { title: 'Target: NaN%', geometry: { d: 'M0,0L10,Infinity', x: -Infinity }, rows: [{ name: 'undefined' }, { name: '∞ by 2030' }, { name: '[object Object]' }, { name: 'null' }] };
    expect(badLeaves(view, [], 'v')).toEqual([
      'v.title: "Target: NaN%" shows "NaN"',
      'v.geometry.d: "M0,0L10,Infinity" shows "Infinity"',
      'v.geometry.x: -Infinity',
      'v.rows[0].name: "undefined" shows "undefined"',
      'v.rows[1].name: "∞ by 2030" shows "∞"',
      'v.rows[2].name: "[object Object]" shows "[object Object]"',
      'v.rows[3].name: "null" shows "null"',
    ]);
    // A word the document itself contains (a note that says "null") is the editor's, not a leak.
    expect(badLeaves({ note: 'null hypothesis' }, ['null'], 'v')).toEqual([]);
    // The assessment's figures may overflow to Infinity (a projection at an absurd rate), but are never NaN.
    expect(badLeaves({ a: { projected: { value: Infinity }, expected: NaN } }, [], 'gaugeView(x)')).toEqual(['gaugeView(x).a.expected: NaN']);
  });
});

describe('fuzz: validate()', () => {
  it('never throws for mutated datasets (as objects and as JSON text); every problem has a message and a path into the document', () => {
    fc.assert(
      fc.property(recipe(OPS, 4, 10), fc.boolean(), (r, asText) => {
        const doc = cook(r);
        const input = asText ? safeStringify(doc) || doc : doc;
        expect(validationProblems(input)).toEqual([]);
      }),
      params(400, 1),
    );
  }, 60_000);

  it('never throws for random JSON values, random text and anything else JavaScript can hand it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.json(),
          fc.string(),
          fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
          // Random JSON under each real top-level key: the validator's deeper paths.
          fc.record({ formatVersion: fc.constantFrom<Json>(1, '1'), policy: fc.jsonValue(), indicators: fc.jsonValue(), targets: fc.jsonValue(), observations: fc.jsonValue() }),
        ),
        (input) => {
          expect(validationProblems(input)).toEqual([]);
        },
      ),
      params(400, 2),
    );
  });

  it("a dataset's JSON text with characters inserted or cut out: one located problem (or a valid document), no throw", () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(',', '}', ']', '"', "'", '\u201c', ':', '\\', '\u00a0', '1,5', '<', '\u0000', ''), (d, at, cut, insert) => {
        const text = TEXTS[d]!;
        const i = at % text.length;
        const edited = text.slice(0, i) + insert + text.slice(i + cut);
        expect(validationProblems(edited)).toEqual([]);
        const r = validate(edited);
        // A syntax error is one problem, at the document, saying where (line and column) whenever the parser can tell.
        if (r.problems[0]?.message.includes('is not valid JSON')) expect(r.problems).toHaveLength(1);
      }),
      params(200, 3),
    );
  });

  it('rejects every javascript:, data: or other non-web URL, at its path', () => {
    fc.assert(
      fc.property(recipe(['javascript-url'], 2), (rec) => {
        const doc = cook(rec);
        const bad = places(doc).filter(([p, k]) => k === 'url' && typeof (p as Obj)[k] === 'string' && !/^https?:\/\/\S/i.test((p as Obj)[k] as string));
        const r = validate(doc);
        if (bad.length) expect(r.problems.filter((p) => p.path.endsWith('.url')).length, JSON.stringify(bad.map(([p]) => (p as Obj).url))).toBeGreaterThan(0);
      }),
      params(100, 4),
    );
  });
});

describe('fuzz: views of every document that validates', () => {
  it('assess(), gaugeView, trajectoryView and the sector panel never throw, show no NaN/undefined/Infinity/null/[object Object], draw only finite numbers', () => {
    let validated = 0;
    fc.assert(
      fc.property(recipe(SEMANTIC, 3, 2), (rec) => {
        const r = validate(cook(rec));
        if (!r.ok) return;
        validated++;
        expect(viewProblems(r.data, false).slice(0, 5)).toEqual([]);
      }),
      params(200, 5),
    );
    // The property means something only if many mutated documents get past the validator.
    if (!RUNS) expect(validated).toBeGreaterThan(80);
  }, 60_000);

  it('the real datasets, whole and unmutated, at every width', () => {
    for (const d of DATASETS) {
      const r = validate(d);
      expect(r.problems).toEqual([]);
      if (r.ok) expect(viewProblems(r.data, true).slice(0, 5)).toEqual([]);
    }
  }, 60_000);
});
