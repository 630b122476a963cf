/**
 * The fuzz suite's machinery (test/unit/fuzz.test.ts): recipes of mutations over the real datasets, and the checks of
 * validate()'s problems and of every view's output. Kept apart from the properties so a failing recipe can be replayed
 * by hand: `viewProblems(validate(cook(recipe)).data, true)` lists every fault, not only the first five.
 */
import fc from 'fast-check';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PolicyDocument, Target } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';
import { gaugeView } from '../../src/gauge/view.js';
import { LANGS } from '../../src/i18n/lang.js';
import { assess, beforeBaseline, METHODS } from '../../src/progress/assess.js';
import { axisTicks, LAYOUTS, rowGeometry } from '../../src/sectors/geometry.js';
import { SORT_ORDERS } from '../../src/sectors/messages.js';
import { sectorsView, selectionProblems, sortRows } from '../../src/sectors/rows.js';
import { sortedView } from '../../src/sectors/test-doc.js';
import { trajectoryView } from '../../src/trajectory/view.js';

/** Fixed, so CI runs the same cases every time; FUZZ_SEED and FUZZ_RUNS change them for a local hunt. */
export const SEED = Number(process.env.FUZZ_SEED) || 20240601;
export const RUNS = Number(process.env.FUZZ_RUNS) || 0;
export const runs = (n: number) => RUNS || n;

export type Json = unknown;
export type Obj = Record<string, Json>;
export const DATASETS: readonly Obj[] = [china as Obj, demo as Obj, eu as Obj];
const NOW = new Date().getUTCFullYear();

// ---- Values a mutation writes ------------------------------------------------------------------------------------

/** Numbers that break arithmetic: zeros, signs, the validator's bounds and just past them, tiny, fractional years. */
const NUMBERS = [
  0, -0, 1, -1, 0.5, -0.5, 1e-300, 5e-324, -5e-324, 1e-9, 1e15, -1e15, 999999999999999.9, 1e16, Number.MAX_VALUE, 2020.5, 1799, 1800,
  2200, 2201, NOW, NOW + 1, 100, -100, -100.0001, 1e-15, 3,
];
const nastyNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 1790, max: 2210 }) },
);

/** Text a hostile or careless editor writes. */
const STRINGS = [
  '',
  ' ',
  '\u200B',
  '\u200E\u200F',
  '\u202Eevil',
  'a\u2066b',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://example.org/a b',
  'https://',
  '//evil.example',
  'LONG:x:10000',
  'LONG:长:4000',
  'LONG:长:4001',
  'e\u0301\u0301\u0301',
  '\u0007bell',
  '\uD800',
  'LONG:🏭:50',
  '__proto__',
  'constructor',
  'NaN-like-id',
  '2020',
];
/** Long text is written in a recipe as "LONG:x:10000" (so a failing case prints short) and expanded when applied. */
const expand = (v: Json): Json => (typeof v === 'string' && v.startsWith('LONG:') ? v.split(':')[1]!.repeat(+v.split(':')[2]!) : v);
const hostileString = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...STRINGS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });

/** Nested `depth` levels deep: [[[…]]] or {"a": {"a": …}} (written in a recipe as "NEST:[:5000", expanded when applied). */
const nest = (v: Json): Json => {
  if (typeof v !== 'string' || !v.startsWith('NEST:')) return expand(v);
  let out: Json = 1;
  for (let i = 0, depth = +v.split(':')[2]!; i < depth; i++) out = v[5] === '{' ? { a: out } : [out];
  return out;
};
const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  nastyNumber,
  hostileString,
  fc.constantFrom<Json>(null, true, false, [], {}, [[]], { en: '' }, { en: 1 }, 'NaN', '1e999', '42', NaN, Infinity, -Infinity, undefined),
  fc.constantFrom('NEST:[:10', 'NEST:{:10', 'NEST:[:5000', 'NEST:{:5000'),
  fc.jsonValue({ maxDepth: 3 }),
);

// ---- Mutations -----------------------------------------------------------------------------------------------------

/** Every [parent, key] in a document, the root's children first: the places a generic mutation can hit. */
export function places(doc: Json): [Obj | Json[], string | number][] {
  const out: [Obj | Json[], string | number][] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([v as Obj, k]), walk(x);
  };
  walk(doc);
  return out;
}

export const OPS = [
  // Generic: anywhere in the document.
  'delete', 'replace', 'number', 'string',
  // Aimed at one target's arithmetic (most keep the document valid, so they reach the views).
  'baseline-value', 'baseline-year', 'goal-value', 'goal-year', 'equal-goal', 'near-goal', 'obs-value', 'obs-year', 'obs-constant',
  'obs-drop', 'obs-one', 'obs-series', 'better', 'baseline-drop', 'optional-drop', 'lang-only', 'tolerance', 'thresholds', 'milestone', 'allowance',
  // Structural.
  'duplicate-target', 'duplicate-indicator', 'empty-list', 'javascript-url', 'label',
] as const;
export type Op = (typeof OPS)[number];
export interface Mutation {
  readonly op: Op;
  readonly a: number;
  readonly b: number;
  readonly num: number;
  readonly str: string;
  readonly val: Json;
}
const mutation = (ops: readonly Op[]): fc.Arbitrary<Mutation> =>
  fc.record({ op: fc.constantFrom(...ops), a: fc.nat(), b: fc.nat(), num: nastyNumber, str: hostileString, val: nastyValue });

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
const isObj = (v: Json): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Applies one mutation in place (a mutation that finds nothing to change changes nothing). */
function mutate(doc: Obj, m: Mutation): void {
  const { op, a, b, num } = m;
  const str = expand(m.str) as string;
  const val = nest(m.val);
  const targets = (Array.isArray(doc.targets) ? doc.targets : []).filter(isObj);
  const t = pick(targets, a);
  const goal = isObj(t?.goal) ? t.goal : undefined;
  const base = isObj(t?.baseline) ? t.baseline : undefined;
  const obs = (Array.isArray(doc.observations) ? doc.observations : []).filter((o): o is Obj => isObj(o) && o.indicator === t?.indicator);
  const o = pick(obs, b);
  switch (op) {
    case 'delete':
    case 'replace':
    case 'number':
    case 'string': {
      const all = places(doc).filter(([p, k]) => {
        const v = (p as Obj)[k as string];
        return op === 'number' ? typeof v === 'number' : op === 'string' ? typeof v === 'string' : true;
      });
      const place = pick(all, a);
      if (!place) return;
      const [parent, key] = place;
      if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else (parent as Obj)[key as string] = op === 'number' ? num : op === 'string' ? str : val;
      return;
    }
    case 'baseline-value':
      if (base) base.value = num;
      return;
    case 'baseline-year':
      // Onto the goal year, just before or after it, or anywhere.
      if (base && goal) base.year = [goal.year, Number(goal.year) - 1, Number(goal.year) + 1, num][b % 4];
      return;
    case 'goal-value':
      if (goal) goal[goal.kind === 'relative' ? 'change' : 'value'] = num;
      return;
    case 'goal-year':
      if (goal && base) goal.year = [Number(base.year) + 1, num, NOW, NOW - 1][b % 4];
      return;
    case 'equal-goal':
      // The goal's value is the baseline's (or the latest observation's): no distance to cover.
      if (goal && base) goal.value = b % 2 ? base.value : (obs.at(-1)?.value ?? base.value);
      return;
    case 'near-goal':
      // A distance of one part in 10^k: ratios of differences explode.
      if (goal && base && typeof base.value === 'number') goal.value = base.value * (1 + 10 ** -(b % 16)) || 10 ** -(b % 16);
      return;
    case 'obs-value':
      if (o) o.value = num;
      return;
    case 'obs-year':
      if (o && base) o.year = [base.year, Number(base.year) - 1, goal?.year, num][b % 4];
      return;
    case 'obs-constant':
      // Every observation (and the baseline) at one value: no movement, or all at zero.
      for (const x of obs) x.value = b % 2 ? num : base?.value;
      if (base && b % 3 === 0) base.value = num;
      return;
    case 'obs-series': {
      // The whole series reshaped: flat at one value, alternating in sign, falling to the value, or a ramp of tiny steps.
      obs.forEach((x, i) => {
        x.value = [num, i % 2 ? num : -num, Number(base?.value ?? 1) + (num - Number(base?.value ?? 1)) * ((i + 1) / obs.length), Number(base?.value ?? 0) + i * 1e-12][b % 4];
      });
      return;
    }
    case 'better': {
      // The indicator's direction flipped (the validator then rejects contradicting goals; the rest is judged backwards).
      const ind = (Array.isArray(doc.indicators) ? doc.indicators : []).find((i) => isObj(i) && i.id === t?.indicator) as Obj | undefined;
      if (ind) ind.better = ind.better === 'lower' ? 'higher' : 'lower';
      return;
    }
    case 'baseline-drop':
      // No baseline value: the first observation stands in (absolute, count and peak targets).
      if (base) delete base.value;
      return;
    case 'optional-drop':
      // An optional field left out (the label falls back to the indicator's, the sector row to "All sectors"...).
      if (t) delete t[pick(['label', 'sector', 'task', 'method', 'thresholds', 'note', 'proxy', 'source', 'milestones', 'legalStatus'], b)!];
      return;
    case 'lang-only': {
      // Text in one language only, or in neither widget language: what does an English or Chinese widget show?
      const texts = places(doc).filter(([p, k]) => isObj((p as Obj)[k as string]) && ('en' in ((p as Obj)[k as string] as Obj) || 'zh' in ((p as Obj)[k as string] as Obj)));
      const place = pick(texts, a);
      if (place) (place[0] as Obj)[place[1] as string] = pick([{ zh: '中文' }, { en: 'English' }, { fr: 'français' }, { 'zh-Hant': '繁體', de: 'Deutsch' }, { en: 'x', zh: str }], b);
      return;
    }
    case 'obs-drop':
      doc.observations = (doc.observations as Json[]).filter((x) => !obs.includes(x as Obj));
      return;
    case 'obs-one':
      doc.observations = (doc.observations as Json[]).filter((x) => !obs.includes(x as Obj) || x === o);
      return;
    case 'tolerance':
      if (goal) goal.tolerance = num;
      return;
    case 'thresholds':
      if (t) t.thresholds = b % 3 === 0 ? { onTrack: num } : b % 3 === 1 ? { needsAcceleration: num } : { onTrack: num, needsAcceleration: 0 };
      return;
    case 'milestone':
      if (t && base && goal) {
        const year = [Number(base.year) + 1, goal.year, num][b % 3];
        t.milestones = [{ year, value: [num, base.value, goal.value][a % 3] }];
      }
      return;
    case 'allowance':
      if (goal && base) {
        goal.kind = 'cap';
        for (const k of ['value', 'change', 'comparison', 'year', 'tolerance']) delete goal[k];
        goal.allowances = b % 4 === 0 ? [] : Array.from({ length: 1 + (b % 4) }, (_, i) => ({ year: Number(base.year) + 1 + i, value: i === a % 4 ? num : base.value }));
      }
      return;
    case 'duplicate-target':
      if (t) targets.push(structuredClone(t)), (doc.targets = targets);
      return;
    case 'duplicate-indicator':
      if (Array.isArray(doc.indicators) && doc.indicators.length) doc.indicators.push(structuredClone(pick(doc.indicators, b)));
      return;
    case 'empty-list': {
      const lists = places(doc).filter(([p, k]) => Array.isArray((p as Obj)[k as string]));
      const place = pick(lists, a);
      if (place) (place[0] as Obj)[place[1] as string] = [];
      return;
    }
    case 'javascript-url': {
      const urls = places(doc).filter(([p, k]) => k === 'url' && isObj(p));
      const place = pick(urls, a);
      if (place) (place[0] as Obj).url = pick(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', str], b);
      return;
    }
    case 'label': {
      // Hostile text in a field that is shown (validation decides whether it may be).
      const texts = places(doc).filter(([p, k]) => ['title', 'label', 'unit', 'note', 'proxy', 'derivation', 'jurisdiction', 'summary'].includes(k as string) && isObj(p));
      const place = pick(texts, a);
      if (place) (place[0] as Obj)[place[1] as string] = b % 3 ? str : { en: str, zh: str };
      return;
    }
  }
}

/** A dataset cut to a few of its targets (or all of them), then mutated: small enough to run every view for each target. */
export interface Recipe {
  readonly dataset: number;
  readonly keep: readonly number[] | null;
  readonly mutations: readonly Mutation[];
}
/**
 * A recipe for a document: a dataset, the targets kept (all, or a few: small enough to run every view for each), and
 * the mutations. Properties take the recipe, so a failure prints as a few lines, not as a 40 KB document.
 */
export const recipe = (ops: readonly Op[], maxMutations: number, maxKept = 3): fc.Arbitrary<Recipe> =>
  fc.record({
    dataset: fc.nat({ max: DATASETS.length - 1 }),
    keep: (maxKept < 10 ? fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: maxKept }) : fc.option(fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }), { freq: 4 })) as fc.Arbitrary<readonly number[] | null>,
    mutations: fc.array(mutation(ops), { maxLength: maxMutations }),
  });
export function cook({ dataset, keep, mutations }: Recipe): Obj {
  const doc = structuredClone(DATASETS[dataset]!) as Obj;
  const all = doc.targets as Json[];
  if (keep) doc.targets = [...new Set(keep.map((i) => i % all.length))].map((i) => all[i]);
  for (const m of mutations) mutate(doc, m);
  return doc;
}

/** Mutations that mostly keep a document valid: the ones that reach assess() and the views. */
export const SEMANTIC: readonly Op[] = OPS.filter((op) => !['delete', 'replace', 'string', 'javascript-url'].includes(op));

// ---- Checks --------------------------------------------------------------------------------------------------------

/**
 * Figures that are data rather than drawing, which may be ±Infinity (never NaN): the assessment (`a`), the trajectory's
 * model (a projection at an extreme compound rate overflows to Infinity even within the format's ±1e15: see
 * src/trajectory/view.test.ts), and a sector row's `ratio` (for sorting) and `expected` (+Infinity, by design, for a
 * peak not in sight, which rowGeometry pins past the scale's end). What is drawn from them is checked, in each view's
 * geometry and points, and what is said, in its strings. `strict(true)` lifts the exemption, for hunting.
 */
const DATA = /^assess\(|\.a\.|\.model\.|^(sectorsView.*\.rows|sortRows.*)\[\d+\]\.(ratio|expected)$/;
let STRICT = false;
/** For hunting: every number must be finite, the data's too, and no figure may be a dash. */
export const strict = (on: boolean) => (STRICT = on);
/** What a reader must never see: JavaScript's names for missing or broken values, and Intl's spelling of Infinity (∞). */
const WORDS = ['NaN', 'undefined', 'Infinity', 'null', '[object Object]', '∞'];
/**
 * The dash the number formats write for a value that is not finite (src/i18n/format.ts), standing where a figure should
 * be ("changed by — a year", "R = —", "— due by 2022"): how NaN hid in a denormal baseline's sentences (see
 * CHANGELOG). It is also the designed placeholder for a missing figure (a sector row without a share, a peak without a
 * growth rate), so only `strict(true)` looks for it, for hunting.
 */
const DASH = /(^|[\s(:=+\u2212])—(?=$|[\s),.;:%万亿])/;

/**
 * Walks a view model; returns where a string shows a forbidden word (one the data themselves do not contain) or a number
 * is not finite. Cycles and functions are skipped.
 */
export function badLeaves(value: unknown, allowed: readonly string[], root = ''): string[] {
  const bad: string[] = [];
  const seen = new WeakSet<object>();
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      const word = WORDS.find((w) => v.includes(w) && !allowed.includes(w)) ?? (STRICT && !allowed.includes('—') && DASH.test(v) ? '—' : undefined);
      if (word) bad.push(`${path}: ${JSON.stringify(v.slice(0, 200))} shows "${word}"`);
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v) && (STRICT || Number.isNaN(v) || !DATA.test(path))) bad.push(`${path}: ${v}`);
    } else if (v && typeof v === 'object') {
      if (seen.has(v)) return;
      seen.add(v);
      for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`);
    }
  };
  walk(value, root);
  return bad;
}

/** The forbidden words the document's own text contains (an editor may write "null" in a note; we only own our output). */
const wordsIn = (doc: Json) => {
  const text = JSON.stringify(doc) ?? '';
  return [...WORDS, '—'].filter((w) => text.includes(w));
};

/** Runs `f`, turning a throw into a located failure. */
function attempt<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw new Error(`${what} threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

const WIDTHS = [320, 640, 900];
/** FUZZ_WIDE=1: more as-of years per target (the year after the baseline, the goal year, recent years), for hunting. */
const WIDE = !!process.env.FUZZ_WIDE;

/**
 * Every view of every target of a valid document, in each language, by each method, as of each year; the problems found.
 * `allWidths`: every view at every width. Otherwise (the mutated documents, to keep the suite fast) each combination
 * takes one width per view, turning through them, so each width is still met many times per target.
 */
export function viewProblems(doc: PolicyDocument, allWidths: boolean): string[] {
  const allowed = wordsIn(doc);
  const bad: string[] = [];
  const check = <T>(what: string, f: () => T): T => {
    const v = attempt(what, f);
    bad.push(...badLeaves(v, allowed, what));
    return v;
  };
  const widths = (turn: number) => (allWidths ? WIDTHS : [WIDTHS[turn % WIDTHS.length]!]);
  let turn = 0;
  for (const lang of LANGS) {
    // Narrowed by the attributes: one sector, or ids that name nothing (an empty panel, and the editor's problems).
    const filters = [{ sectors: [doc.sectors?.[0]?.id ?? 'none'] }, { targets: ['<script>x</script>', '\u202e', 'x'.repeat(300)], indicators: ['nope'] }];
    for (const f of filters) {
      check(`sectorsView(${lang}, ${JSON.stringify(f).slice(0, 40)})`, () => sortedView(doc, f, { lang, sort: 'status' }));
      check(`selectionProblems(${lang}, ${JSON.stringify(f).slice(0, 40)})`, () => selectionProblems(doc, f, lang));
    }
    for (const method of METHODS) {
      for (const t of doc.targets as Target[]) {
        // As a one-target widget takes them: none, the baseline year, the current year (a year before the baseline
        // is the widget's own error, so it is not asked for).
        const extra = WIDE ? [t.baseline.year + 1, 'year' in t.goal ? t.goal.year : NOW, NOW - 1, NOW - 3] : [];
        const years = [null, t.baseline.year, NOW, ...extra].filter((y) => y === null || (y <= NOW && !beforeBaseline(t, y)));
        for (const asOf of new Set(years)) {
          const opts = `${t.id} ${lang} ${method} as of ${asOf}`;
          check(`assess(${opts})`, () => assess(doc, t.id, { lang, method, asOf }));
          for (const width of widths(turn)) check(`gaugeView(${opts}, arc ${width})`, () => gaugeView(doc, t, { lang, width, variant: 'arc', method, asOf }));
          for (const width of widths(turn + 1)) check(`gaugeView(${opts}, bar ${width})`, () => gaugeView(doc, t, { lang, width, variant: 'bar', method, asOf }));
          for (const width of widths(turn + 2)) check(`trajectoryView(${opts}, ${width})`, () => trajectoryView(doc, t, { lang, width, method, asOf }));
          turn++;
        }
      }
      // The sector panel, every target at once (a row may be before its baseline: the row says so).
      const first = Math.min(...doc.targets.map((t) => t.baseline.year));
      for (const asOf of new Set([null, NOW, first <= NOW ? first : null])) {
        const opts = `${lang} ${method} as of ${asOf}`;
        const view = check(`sectorsView(${opts})`, () => sectorsView(doc, {}, { lang, method, asOf }));
        for (const sort of SORT_ORDERS) check(`sortRows(${opts}, ${sort})`, () => sortRows(view.rows, sort, lang));
        for (const layout of LAYOUTS) check(`rowGeometry(${opts}, ${layout})`, () => view.rows.map((r) => rowGeometry(layout, view.domain, r)));
        check(`axisTicks(${opts})`, () => axisTicks(view.domain));
      }
    }
  }
  return bad;
}

/** validate()'s result is well formed: a document, or problems each with a path (possibly the document's, '') and a message. */
export function validationProblems(input: unknown): string[] {
  const r = attempt('validate', () => validate(input));
  if (r.ok) return r.problems.length ? ['ok with problems'] : [];
  const allowed = wordsIn(typeof input === 'string' ? input : input === undefined ? '' : safeStringify(input));
  if (!r.problems.length) return ['not ok, and no problems'];
  const json = typeof input === 'string' ? undefined : input;
  return r.problems.flatMap((p) =>
    typeof p.path !== 'string' || typeof p.message !== 'string' || !p.message.trim()
      ? [`malformed problem ${JSON.stringify(p)}`]
      : [
          // A message quotes the data it rejects ("got null"), so only words the input cannot explain are faults.
          // "a percentage of zero is undefined" is English, not a leak.
          // "got undefined" quotes a JavaScript value too (a hole in a list, as the validator's tests expect), when the
          // input has one: JSON cannot.
          ...badLeaves(
            p.message.replace('zero is undefined', 'zero is').replace(json !== undefined && holdsUndefined(json) ? 'got undefined' : '\0', 'got'),
            [...allowed, 'null', 'NaN', 'Infinity'],
            p.path || '(document)',
          ),
          ...(json === undefined || reaches(json, p.path) ? [] : [`${p.path}: not a path into the document (${p.message.slice(0, 80)})`]),
        ],
  );
}

/** Whether a value holds `undefined` or a hole anywhere (walked without recursion: some inputs nest 5,000 deep). */
function holdsUndefined(root: unknown): boolean {
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === undefined) return true;
    if (v && typeof v === 'object') {
      if (Array.isArray(v) && Object.keys(v).length < v.length) return true;
      stack.push(...Object.values(v));
    }
  }
  return false;
}

/**
 * Whether `path` is a JSON path (`targets[2].baseline.year`, `a["b c"]`) whose parent is in `doc`: the place a
 * problem names is one an editor can find (the last step may be the missing field itself).
 */
function reaches(doc: unknown, path: string): boolean {
  if (!path) return true;
  const steps: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(path))) {
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3]!)));
    end = re.lastIndex;
  }
  if (end !== path.length) return false;
  let v: unknown = doc;
  for (const step of steps.slice(0, -1)) {
    if (!v || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, step)) return false;
    v = (v as Record<string | number, unknown>)[step];
  }
  return true;
}

/** JSON.stringify that survives a nesting too deep for it (the deep cases are what it is tested with). */
export function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

