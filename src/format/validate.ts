/**
 * Validator for the Peakline policy-data format v1.
 *
 * Hand-written on purpose (see ARCHITECTURE.md, "Why a hand-written validator"):
 * it is CSP-safe (no `eval`/`new Function`), costs about 3 KB gzip, reports
 * **every** problem with a JSON path and a sentence a CMS editor can act on, and
 * checks semantics that JSON Schema cannot (unique ids, references, years in order).
 *
 * It never throws: whatever `json` is, the result is `{ok: true, data}` or
 * `{ok: false, problems}`.
 */
import type { PolicyDocument, Problem, ValidationResult } from './types.js';
import { closest } from './closest.js';

type Obj = Record<string, unknown>;

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_TEXT = 4000;
const MAX_ITEMS = 10000;

/** Builds a JSON path like `targets[2].baseline.year`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (safe.startsWith('"')) return `${base}[${safe}]`;
  return base ? `${base}.${safe}` : safe;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 37)}…"` : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects problems while walking a document. */
class Checker {
  readonly problems: Problem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Reports keys that the format does not know, suggesting the nearest known one. */
  known(o: Obj, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      this.add(joinPath(path, key), `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ''}`);
    }
  }

  object(v: unknown, path: string, what: string): v is Obj {
    if (isObj(v)) return true;
    this.add(path, `${what} must be an object ({…}), got ${describe(v)}`);
    return false;
  }

  list(v: unknown, path: string, optional = false): v is unknown[] {
    if (v === undefined && optional) return false;
    if (Array.isArray(v)) {
      if (v.length > MAX_ITEMS) {
        this.add(path, `has ${v.length} entries; at most ${MAX_ITEMS} are allowed`);
        return false;
      }
      return true;
    }
    this.add(path, v === undefined ? 'is required (a list [...])' : `must be a list ([...]), got ${describe(v)}`);
    return false;
  }

  required(o: Obj, key: string, path: string): boolean {
    if (o[key] !== undefined) return true;
    this.add(joinPath(path, key), 'is required');
    return false;
  }

  string(v: unknown, path: string, { optional = false, nonEmpty = true } = {}): v is string {
    if (v === undefined) {
      if (!optional) this.add(path, 'is required');
      return false;
    }
    if (typeof v !== 'string') {
      this.add(path, `must be text (a string), got ${describe(v)}`);
      return false;
    }
    if (nonEmpty && v.trim() === '') {
      this.add(path, 'must not be empty');
      return false;
    }
    if (v.length > MAX_TEXT) {
      this.add(path, `is ${v.length} characters long; at most ${MAX_TEXT} are allowed`);
      return false;
    }
    return true;
  }

  id(v: unknown, path: string): v is string {
    if (!this.string(v, path)) return false;
    if (ID.test(v)) return true;
    this.add(path, `must be a lowercase id of letters, digits and single hyphens (like "steel-scrap"), got ${describe(v)}`);
    return false;
  }

  number(v: unknown, path: string, optional = false): v is number {
    if (v === undefined) {
      if (!optional) this.add(path, 'is required');
      return false;
    }
    if (typeof v !== 'number') {
      const hint = typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? ' (remove the quotes)' : '';
      this.add(path, `must be a number, got ${describe(v)}${hint}`);
      return false;
    }
    if (!Number.isFinite(v)) {
      this.add(path, `must be a finite number, got ${describe(v)}`);
      return false;
    }
    return true;
  }

  year(v: unknown, path: string, optional = false): v is number {
    if (!this.number(v, path, optional)) return false;
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return true;
    this.add(path, `must be a whole year between ${MIN_YEAR} and ${MAX_YEAR}, got ${describe(v)}`);
    return false;
  }

  oneOf<T extends string>(v: unknown, path: string, options: readonly T[], optional = false): v is T {
    if (v === undefined && optional) return false;
    if (typeof v === 'string' && (options as readonly string[]).includes(v)) return true;
    const guess = typeof v === 'string' ? closest(v, options) : undefined;
    this.add(
      path,
      v === undefined
        ? `is required: one of ${options.map((o) => `"${o}"`).join(', ')}`
        : `must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${describe(v)}${guess ? `; did you mean "${guess}"?` : ''}`,
    );
    return false;
  }

  text(v: unknown, path: string, optional = false): void {
    if (v === undefined) {
      if (!optional) this.add(path, 'is required');
      return;
    }
    if (typeof v === 'string') {
      this.string(v, path);
      return;
    }
    if (!isObj(v)) {
      this.add(path, `must be text, or an object of texts by language like {"en": "…", "zh": "…"}, got ${describe(v)}`);
      return;
    }
    const langs = Object.keys(v);
    if (langs.length === 0) this.add(path, 'must have at least one language, like {"en": "…"}');
    for (const lang of langs) {
      if (!LANG.test(lang)) this.add(joinPath(path, lang), `"${lang}" is not a language code like "en", "zh" or "zh-Hant"`);
      else this.string(v[lang], joinPath(path, lang));
    }
  }

  url(v: unknown, path: string): void {
    if (!this.string(v, path)) return;
    let parsed: URL | undefined;
    try {
      parsed = new URL(v);
    } catch {
      parsed = undefined;
    }
    if (!parsed) this.add(path, `must be a full web address starting with https://, got ${describe(v)}`);
    else if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      this.add(path, `must be an http(s) address; "${parsed.protocol}" links are not allowed`);
  }

  date(v: unknown, path: string): void {
    if (v === undefined) return;
    if (this.string(v, path) && !DATE.test(v)) this.add(path, `must be a date like "2022-08-01", got ${describe(v)}`);
  }
}

const SOURCE_KEYS = ['id', 'title', 'url', 'publisher', 'published', 'tier', 'quote', 'licence'] as const;

function checkSource(c: Checker, v: unknown, path: string, needsId: boolean): void {
  if (!c.object(v, path, 'A source')) return;
  c.known(v, path, SOURCE_KEYS);
  if (needsId || v.id !== undefined) c.id(v.id, joinPath(path, 'id'));
  c.text(v.title, joinPath(path, 'title'));
  c.url(v.url, joinPath(path, 'url'));
  c.text(v.publisher, joinPath(path, 'publisher'), true);
  c.date(v.published, joinPath(path, 'published'));
  c.oneOf(v.tier, joinPath(path, 'tier'), ['P', 'S1', 'S2'], true);
  if (v.quote !== undefined) c.string(v.quote, joinPath(path, 'quote'));
  if (v.licence !== undefined) c.string(v.licence, joinPath(path, 'licence'));
}

/** Registry of ids seen per kind, to check uniqueness and resolve references afterwards. */
class Ids {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly c: Checker,
    private readonly kind: string,
  ) {}
  declare(id: unknown, path: string): void {
    if (typeof id !== 'string') return;
    const first = this.seen.get(id);
    if (first !== undefined) this.c.add(path, `duplicate ${this.kind} id "${id}" (first used at ${first})`);
    else this.seen.set(id, path);
  }
  has(id: string): boolean {
    return this.seen.has(id);
  }
  list(): string[] {
    return [...this.seen.keys()];
  }
  /** Checks that `ref` names a declared id; reports with a suggestion otherwise. */
  ref(ref: unknown, path: string, optional = true): void {
    if (ref === undefined && optional) return;
    if (!this.c.id(ref, path)) return;
    if (this.has(ref)) return;
    const guess = closest(ref, this.list());
    this.c.add(path, `refers to ${this.kind} "${ref}", which is not defined${guess ? `; did you mean "${guess}"?` : ''}`);
  }
}

function checkSourceRef(c: Checker, sources: Ids, v: unknown, path: string, optional: boolean): void {
  if (v === undefined) {
    if (!optional) c.add(path, 'is required: a source id or {"title": …, "url": …}');
    return;
  }
  if (typeof v === 'string') sources.ref(v, path);
  else checkSource(c, v, path, false);
}

const ROOT_KEYS = ['$schema', 'formatVersion', 'policy', 'sources', 'sectors', 'indicators', 'targets', 'observations'];
const POLICY_KEYS = ['id', 'title', 'summary', 'jurisdiction', 'issuers', 'published', 'documents', 'tasks'];
const TARGET_KEYS = [
  'id', 'indicator', 'sector', 'task', 'label', 'baseline', 'goal', 'milestones',
  'legalStatus', 'method', 'thresholds', 'note', 'source',
];
const GOAL_KINDS = ['relative', 'absolute', 'peak', 'count', 'cap'] as const;

interface TargetFacts {
  baselineYear?: number;
  baselineValue?: number;
}

/** Checks a goal; returns its final year if readable. */
function checkGoal(c: Checker, g: Obj, path: string, facts: TargetFacts, better: unknown): number | undefined {
  const kind = g.kind;
  if (!c.oneOf(kind, joinPath(path, 'kind'), GOAL_KINDS)) return undefined;
  const p = (k: string) => joinPath(path, k);
  switch (kind) {
    case 'relative': {
      c.known(g, path, ['kind', 'change', 'year']);
      if (c.number(g.change, p('change'))) {
        const change = g.change as number;
        if (change === 0) c.add(p('change'), 'must not be 0: a target of no change has no distance to measure');
        else if (change < -100) c.add(p('change'), `cannot fall by more than 100%, got ${change}`);
        // The direction of travel is that of baseline × change (a negative baseline flips it).
        const towards = Math.sign(change) * (facts.baselineValue !== undefined && facts.baselineValue < 0 ? -1 : 1);
        if (better === 'higher' && towards < 0) c.add(p('change'), `moves the value down by ${Math.abs(change)}%, but the indicator says higher is better`);
        if (better === 'lower' && towards > 0) c.add(p('change'), `moves the value up by ${Math.abs(change)}%, but the indicator says lower is better`);
      }
      if (facts.baselineYear !== undefined && facts.baselineValue === undefined)
        c.add(`${path.replace(/\.goal$/, '')}.baseline.value`, 'is required for a relative target: the change is measured from it');
      if (facts.baselineValue === 0)
        c.add(`${path.replace(/\.goal$/, '')}.baseline.value`, 'must not be 0 for a relative target: a percentage of zero is undefined');
      return c.year(g.year, p('year')) ? (g.year as number) : undefined;
    }
    case 'absolute': {
      c.known(g, path, ['kind', 'value', 'comparison', 'year', 'tolerance']);
      c.number(g.value, p('value'));
      const cmp = g.comparison;
      if (c.oneOf(cmp, p('comparison'), ['at-least', 'at-most', 'about'])) {
        if (cmp === 'at-least' && better === 'lower') c.add(p('comparison'), '"at-least" contradicts the indicator, which says lower is better');
        if (cmp === 'at-most' && better === 'higher') c.add(p('comparison'), '"at-most" contradicts the indicator, which says higher is better');
      }
      if (g.tolerance !== undefined) {
        if (cmp !== 'about') c.add(p('tolerance'), 'only applies when comparison is "about"');
        else if (c.number(g.tolerance, p('tolerance')) && ((g.tolerance as number) <= 0 || (g.tolerance as number) > 100))
          c.add(p('tolerance'), `must be a percentage above 0 and at most 100, got ${g.tolerance as number}`);
      }
      return c.year(g.year, p('year')) ? (g.year as number) : undefined;
    }
    case 'peak':
      c.known(g, path, ['kind', 'year']);
      return c.year(g.year, p('year')) ? (g.year as number) : undefined;
    case 'count': {
      c.known(g, path, ['kind', 'value', 'year']);
      if (c.number(g.value, p('value')) && (!Number.isInteger(g.value) || (g.value as number) <= 0))
        c.add(p('value'), `must be a whole number above 0, got ${g.value as number}`);
      return c.year(g.year, p('year')) ? (g.year as number) : undefined;
    }
    case 'cap': {
      c.known(g, path, ['kind', 'allowances']);
      const ap = p('allowances');
      if (!c.list(g.allowances, ap)) return undefined;
      if (g.allowances.length === 0) {
        c.add(ap, 'must list at least one {"year", "value"} allowance');
        return undefined;
      }
      let last: number | undefined;
      g.allowances.forEach((a, i) => {
        const ip = joinPath(ap, i);
        if (!c.object(a, ip, 'An allowance')) return;
        c.known(a, ip, ['year', 'value']);
        c.number(a.value, joinPath(ip, 'value'));
        if (!c.year(a.year, joinPath(ip, 'year'))) return;
        const y = a.year as number;
        if (last !== undefined && y <= last) c.add(joinPath(ip, 'year'), `must come after the previous allowance's year (${last})`);
        if (facts.baselineYear !== undefined && y <= facts.baselineYear)
          c.add(joinPath(ip, 'year'), `must be after the baseline year (${facts.baselineYear})`);
        last = y;
      });
      return last;
    }
  }
}

function checkTarget(
  c: Checker,
  t: Obj,
  path: string,
  ids: { indicators: Ids; sectors: Ids; tasks: Ids; sources: Ids },
  indicatorBetter: Map<string, unknown>,
): void {
  const p = (k: string) => joinPath(path, k);
  c.known(t, path, TARGET_KEYS);
  c.id(t.id, p('id'));
  ids.indicators.ref(t.indicator, p('indicator'), false);
  ids.sectors.ref(t.sector, p('sector'));
  ids.tasks.ref(t.task, p('task'));
  c.text(t.label, p('label'), true);
  c.text(t.note, p('note'), true);
  c.oneOf(t.legalStatus, p('legalStatus'), ['law', 'policy', 'pledge'], true);
  c.oneOf(t.method, p('method'), ['path', 'rate', 'extrapolation'], true);
  checkSourceRef(c, ids.sources, t.source, p('source'), true);

  if (t.thresholds !== undefined && c.object(t.thresholds, p('thresholds'), 'thresholds')) {
    const th = t.thresholds;
    c.known(th, p('thresholds'), ['onTrack', 'needsAcceleration']);
    const on = c.number(th.onTrack, `${path}.thresholds.onTrack`, true) ? (th.onTrack as number) : 0.95;
    const na = c.number(th.needsAcceleration, `${path}.thresholds.needsAcceleration`, true) ? (th.needsAcceleration as number) : 0.6;
    if (na < 0) c.add(`${path}.thresholds.needsAcceleration`, `must be 0 or more, got ${na}`);
    if (on <= na) c.add(p('thresholds'), `onTrack (${on}) must be greater than needsAcceleration (${na})`);
  }

  const facts: TargetFacts = {};
  if (c.required(t, 'baseline', path) && c.object(t.baseline, p('baseline'), 'baseline')) {
    const b = t.baseline;
    c.known(b, p('baseline'), ['year', 'value']);
    if (c.year(b.year, `${path}.baseline.year`)) facts.baselineYear = b.year as number;
    if (c.number(b.value, `${path}.baseline.value`, true)) facts.baselineValue = b.value as number;
  }

  let goalYear: number | undefined;
  const better = typeof t.indicator === 'string' ? indicatorBetter.get(t.indicator) : undefined;
  if (c.required(t, 'goal', path) && c.object(t.goal, p('goal'), 'goal')) {
    goalYear = checkGoal(c, t.goal, p('goal'), facts, better);
    // Cap allowances check their own years against the baseline.
    if (goalYear !== undefined && facts.baselineYear !== undefined && goalYear <= facts.baselineYear && t.goal.kind !== 'cap')
      c.add(`${path}.goal.year`, `must be after the baseline year (${facts.baselineYear}), got ${goalYear}`);
  }

  if (t.milestones !== undefined && c.list(t.milestones, p('milestones'))) {
    let last: number | undefined;
    t.milestones.forEach((m, i) => {
      const mp = joinPath(p('milestones'), i);
      if (!c.object(m, mp, 'A milestone')) return;
      c.known(m, mp, ['year', 'value', 'label']);
      c.number(m.value, joinPath(mp, 'value'));
      c.text(m.label, joinPath(mp, 'label'), true);
      if (!c.year(m.year, joinPath(mp, 'year'))) return;
      const y = m.year as number;
      if (last !== undefined && y <= last) c.add(joinPath(mp, 'year'), `must come after the previous milestone's year (${last})`);
      if (facts.baselineYear !== undefined && y <= facts.baselineYear)
        c.add(joinPath(mp, 'year'), `must be after the baseline year (${facts.baselineYear}), got ${y}`);
      if (goalYear !== undefined && y > goalYear) c.add(joinPath(mp, 'year'), `must not be after the target year (${goalYear}), got ${y}`);
      if (isObj(t.goal) && t.goal.kind === 'count' && typeof m.value === 'number' && typeof t.goal.value === 'number' && m.value > t.goal.value)
        c.add(joinPath(mp, 'value'), `must not exceed the final count (${t.goal.value}), got ${m.value}`);
      last = y;
    });
  }
}

/**
 * Validates a policy document. Accepts parsed JSON, or a JSON string (parse errors are reported as problems).
 * Never throws.
 */
export function validate(json: unknown): ValidationResult {
  try {
    return validateUnsafe(json);
  } catch (err) {
    // Defensive: a getter or proxy in a hand-built object could still throw.
    return { ok: false, problems: [{ path: '', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

/** Parses JSON text and validates it, turning syntax errors into a located problem. */
export function parseAndValidate(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: describeSyntaxError(text, err) }] };
  }
  return validate(json);
}

function describeSyntaxError(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  if (text.trim() === '') return 'is empty: expected a JSON document starting with {';
  const m = /position (\d+)/.exec(raw);
  if (!m) return `is not valid JSON: ${raw}`;
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split('\n');
  const line = before.length;
  const col = (before[before.length - 1]?.length ?? 0) + 1;
  return `is not valid JSON (line ${line}, column ${col}): ${raw.replace(/ in JSON at position \d+.*$/, '')}`;
}

function validateUnsafe(json: unknown): ValidationResult {
  if (typeof json === 'string') return parseAndValidate(json);
  const c = new Checker();
  if (!isObj(json)) {
    c.add('', `The document must be a JSON object ({…}), got ${describe(json)}`);
    return { ok: false, problems: c.problems };
  }
  const doc = json;
  c.known(doc, '', ROOT_KEYS);
  if (doc.formatVersion !== 1)
    c.add('formatVersion', doc.formatVersion === undefined ? 'is required: 1' : `must be 1 (this is format version 1), got ${describe(doc.formatVersion)}`);

  const ids = {
    sources: new Ids(c, 'source'),
    sectors: new Ids(c, 'sector'),
    indicators: new Ids(c, 'indicator'),
    targets: new Ids(c, 'target'),
    tasks: new Ids(c, 'task'),
  };

  // Declarations first, so references can be checked in any order.
  if (c.list(doc.sources, 'sources', true)) {
    doc.sources.forEach((s, i) => {
      checkSource(c, s, `sources[${i}]`, true);
      if (isObj(s)) ids.sources.declare(s.id, `sources[${i}].id`);
    });
  }
  if (c.list(doc.sectors, 'sectors', true)) {
    doc.sectors.forEach((s, i) => {
      const p = `sectors[${i}]`;
      if (!c.object(s, p, 'A sector')) return;
      c.known(s, p, ['id', 'label']);
      if (c.id(s.id, `${p}.id`)) ids.sectors.declare(s.id, `${p}.id`);
      c.text(s.label, `${p}.label`);
    });
  }

  if (c.required(doc, 'policy', '') && c.object(doc.policy, 'policy', 'policy')) {
    const pol = doc.policy;
    c.known(pol, 'policy', POLICY_KEYS);
    c.id(pol.id, 'policy.id');
    c.text(pol.title, 'policy.title');
    c.text(pol.summary, 'policy.summary', true);
    c.string(pol.jurisdiction, 'policy.jurisdiction');
    c.date(pol.published, 'policy.published');
    if (c.list(pol.issuers, 'policy.issuers', true)) pol.issuers.forEach((x, i) => c.text(x, `policy.issuers[${i}]`));
    if (c.list(pol.documents, 'policy.documents', true))
      pol.documents.forEach((d, i) => checkSourceRef(c, ids.sources, d, `policy.documents[${i}]`, false));
    if (c.list(pol.tasks, 'policy.tasks', true)) {
      pol.tasks.forEach((t, i) => {
        const p = `policy.tasks[${i}]`;
        if (!c.object(t, p, 'A task')) return;
        c.known(t, p, ['id', 'label', 'description']);
        if (c.id(t.id, `${p}.id`)) ids.tasks.declare(t.id, `${p}.id`);
        c.text(t.label, `${p}.label`);
        c.text(t.description, `${p}.description`, true);
      });
    }
  }

  const indicatorBetter = new Map<string, unknown>();
  if (c.list(doc.indicators, 'indicators')) {
    doc.indicators.forEach((ind, i) => {
      const p = `indicators[${i}]`;
      if (!c.object(ind, p, 'An indicator')) return;
      c.known(ind, p, ['id', 'label', 'unit', 'better', 'sector', 'description']);
      if (c.id(ind.id, `${p}.id`)) {
        ids.indicators.declare(ind.id, `${p}.id`);
        indicatorBetter.set(ind.id, ind.better);
      }
      c.text(ind.label, `${p}.label`);
      c.text(ind.unit, `${p}.unit`);
      c.oneOf(ind.better, `${p}.better`, ['lower', 'higher']);
      ids.sectors.ref(ind.sector, `${p}.sector`);
      c.text(ind.description, `${p}.description`, true);
    });
  }

  if (c.list(doc.targets, 'targets')) {
    doc.targets.forEach((t, i) => {
      const p = `targets[${i}]`;
      if (!c.object(t, p, 'A target')) return;
      ids.targets.declare(t.id, `${p}.id`);
      checkTarget(c, t, p, ids, indicatorBetter);
    });
  }

  if (c.list(doc.observations, 'observations', true)) {
    const thisYear = new Date().getUTCFullYear();
    const seenYear = new Map<string, string>();
    doc.observations.forEach((o, i) => {
      const p = `observations[${i}]`;
      if (!c.object(o, p, 'An observation')) return;
      c.known(o, p, ['indicator', 'year', 'value', 'provenance']);
      ids.indicators.ref(o.indicator, `${p}.indicator`, false);
      c.number(o.value, `${p}.value`);
      if (c.year(o.year, `${p}.year`)) {
        if ((o.year as number) > thisYear) c.add(`${p}.year`, `${o.year as number} is in the future: observations must be of years that have happened`);
        const key = `${String(o.indicator)}\u0000${o.year as number}`;
        const first = seenYear.get(key);
        if (first) c.add(`${p}.year`, `duplicate observation of "${String(o.indicator)}" for ${o.year as number} (also at ${first})`);
        else seenYear.set(key, p);
      }
      if (c.required(o, 'provenance', p) && c.object(o.provenance, `${p}.provenance`, 'provenance')) {
        const pv = o.provenance;
        c.known(pv, `${p}.provenance`, ['status', 'source', 'derivation', 'note']);
        c.oneOf(pv.status, `${p}.provenance.status`, ['official', 'estimate', 'illustrative']);
        checkSourceRef(c, ids.sources, pv.source, `${p}.provenance.source`, false);
        c.text(pv.derivation, `${p}.provenance.derivation`, true);
        c.text(pv.note, `${p}.provenance.note`, true);
      }
    });
  }

  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  // Every field has been checked above, so the cast is sound.
  return { ok: true, data: doc as unknown as PolicyDocument, problems: [] };
}
