/**
 * Metamorphic properties of the progress engine: transformations of a valid document whose effect on `assess()` (and on
 * `wayShares()`) the rules in METHODS.md fix, checked on small generated documents (test/helpers/policy-arb.ts).
 * Each relation holds for every target kind it names; where it does not hold by design, the exclusion says why.
 * Three defects were found this way, each with its worked example beside the module: a count with one observation drew
 * shares of a way it did not have (count-stand-in.test.ts; the consistency and time-shift relations), a count's
 * milestone in its target year was judged before the count (milestone-final-year.test.ts; the milestone relation), and
 * a peak whose data end before its baseline year had a negative share of time (peak-before-baseline.test.ts; the
 * consistency relation).
 * To hunt further: `FUZZ_RUNS=3000 FUZZ_SEED=7 npx vitest run src/progress/metamorphic.test.ts`.
 *
 * Relations that do not hold, by design (so not tested here):
 * - Values below a billionth: `meets` allows 1e-9 · max(1, |goal|), a floor of 1e-9 in absolute terms (goal.test.ts), so
 *   scaling by 1e-9 turns "1 against −1% of 1" (missed) into met. Units hold from 1e-6 to 1e9.
 * - A goal made more ambitious never improving the status fails across a limit (at most 132 from 115, 1 in 2019: a limit
 *   kept, on track until its year; at most 112: met, achieved) and across the compound/straight-line switch at zero
 *   (100 → 80 in 2022, at most 1 by 2030: R = 0.29, off track; at most 0: straight-line rates, R = 1, on track).
 * - A later deadline never worsening it fails for limits and ranges (met only in their year: achieved in it, on track
 *   before it) and for a target met in its year only (at most 33 by 2019 from 168: 29 in 2019, 34 in 2020; by 2020
 *   it is missed).
 * - A latest value moved towards the goal never worsening the status fails for a count whose move passes a milestone
 *   (0 → 60 by 2030, milestone 20 by 2025: 19 in 2024 is on track for the milestone, Q = 23.75 ÷ 20 = 1.19; 21 is judged
 *   against 60, Q = 52.5 ÷ 60 = 0.88, needs acceleration), for "about" targets judged by a projection (a faster move can
 *   overshoot the range: off track), and for peaks (205.5, 208.4, 210.8 then 210.5: a clear falling trend, on track;
 *   then 205.5: −1.96 ± 0.98 points a year is short of twice its standard error, so growth is held at the rates' mean,
 *   +0.01%, "would not reach zero by 2033", off track). With the trend's kind unchanged, peaks are monotone under
 *   thresholds up to 1; above 1 they are not: growth already at or below zero scores 1, a peak still ahead (deadline −
 *   t) ÷ (peak − t), which can be far more (188.2, 193.5, 196.6, 197.4 in 2011–2014, peak by 2025, onTrack 1.3: zero
 *   growth in 2014.3, ratio 32.8, on track; 196.4 in 2014: growth already 0, ratio 1, needs acceleration). Left for a
 *   decision: the documented ratio of 1 assumes the default thresholds.
 * - A stagnant year (the latest value repeated a year later) never improving it fails for ranges (a slower pace can land
 *   in the range instead of past it), limits and caps (an allowance can rise).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Method } from '../format/types.js';
import { validate } from '../format/validate.js';
import { messages } from '../i18n/messages.js';
import { build, doc, mirrored, NOW, observation, scaled, shifted, valid, validSpec, type Json, type Spec } from '../../test/helpers/policy-arb.js';
import { assess, METHODS, type Assessment } from './assess.js';
import { wayShares } from './shares.js';
import { STATUSES, type Status } from './status.js';

/** Fixed, so CI runs the same cases every time; FUZZ_SEED and FUZZ_RUNS change them for a local hunt (as fuzz.test.ts). */
const SEED = Number(process.env.FUZZ_SEED) || 20261201;
const runs = (n: number) => Number(process.env.FUZZ_RUNS) || n;

/** Checks `relation` on generated documents, each with a method and a small number `e` for the relation's own choices. */
function property(offset: number, numRuns: number, relation: (s: Spec, method: Method, e: number) => void) {
  fc.assert(
    fc.property(validSpec(), fc.constantFrom(...METHODS), fc.nat(999), (s, method, e) => relation(s, method, e)),
    { seed: SEED + offset, numRuns: runs(numRuns) },
  );
}

const run = (json: Json, method: Method, asOf: number | null = null, lang: 'en' | 'zh' = 'en') => assess(valid(json)!, 't', { method, asOf, lang })!;
const rank = (s: Status) => STATUSES.indexOf(s);
const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Walks two results in step: every number in `y` must be `f(key, x)` of its counterpart (within float tolerance), every
 * other leaf equal, strings aside (the explanation's figures are formatted). Returns the mismatches, with their paths.
 */
function mismatches(x: unknown, y: unknown, f: (key: string, x: number) => number = (_, v) => v, path = '', key = ''): string[] {
  if (typeof x === 'number' && typeof y === 'number') {
    const want = f(key, x);
    return close(want, y) ? [] : [`${path}: ${x} → ${y}, expected ${want}`];
  }
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].flatMap((k) => mismatches((x as never)[k], (y as never)[k], f, `${path}.${k}`, Array.isArray(x) ? key : k));
  }
  return x === y || (typeof x === 'string' && typeof y === 'string') ? [] : [`${path}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`];
}

/** An as-of year for a third of the cases (the year after the baseline up to six later), else none. */
const someAsOf = (s: Spec, e: number) => (e % 3 === 0 ? s.baseYear + 1 + (e % 7) : null);

/**
 * A relative gap to a path at zero is noise divided by noise (a straight path from 0.4 to −1.4 passes
 * 5.6e-17, not 0, in its second of nine years): left out where the path is within a billionth of zero.
 */
const steady = (a: Assessment) => ({ ...a, pathGap: a.pathValue !== null && Math.abs(a.pathValue) < 1e-9 * Math.max(1, Math.abs(a.baseline?.value ?? 0)) ? null : a.pathGap });

describe('metamorphic: transformations the assessment does not see', () => {
  it('units: every value times k > 0 scales every value in the assessment by k and leaves the rest (status, flags, ratios, shares, compound rates)', () => {
    property(1, 250, (s, method, e) => {
      const k = [2, 10, 0.1, 1000, 0.37, 1e6, 1e-6][e % 7]!;
      // (A count is a whole number: only whole factors keep it one.)
      if (s.kind === 'count' && !Number.isInteger(k)) return;
      const asOf = someAsOf(s, e);
      const json = build(s);
      const a = run(json, method, asOf);
      const b = run(scaled(json, k), method, asOf);
      const linear = a.rateKind === 'linear';
      expect(mismatches(steady(a), steady(b), (key, v) => (['value', 'pathValue', 'range'].includes(key) || (linear && /AnnualRate$/.test(key)) ? v * k : v))).toEqual([]);
      expect(mismatches(wayShares(doc(s)!.targets[0]!, a), wayShares(valid(scaled(json, k))!.targets[0]!, b))).toEqual([]);
    });
  });

  it('mirror: values negated, better lower ↔ higher, at-most ↔ at-least, give the same status, ratios and shares (relative and absolute goals)', () => {
    property(2, 250, (s, method, e) => {
      if (s.kind !== 'relative' && s.kind !== 'absolute') return;
      const asOf = someAsOf(s, e);
      const json = build(s);
      const a = run(json, method, asOf);
      const b = run(mirrored(json), method, asOf);
      const linear = a.rateKind === 'linear';
      // A compound rate is of a ratio of values, which negating both leaves; a straight-line one changes sign.
      const flip = (x: Assessment) => ({ ...steady(x), comparison: null, range: x.range && [-x.range[1], -x.range[0]] });
      expect(mismatches(flip(a), { ...steady(b), comparison: null }, (key, v) => (['value', 'pathValue', 'pathGap'].includes(key) || (linear && /AnnualRate$/.test(key)) ? -v : v))).toEqual([]);
      expect(b.comparison).toBe(a.comparison === 'at-most' ? 'at-least' : a.comparison === 'at-least' ? 'at-most' : a.comparison);
      expect(mismatches(wayShares(doc(s)!.targets[0]!, a), wayShares(valid(mirrored(json))!.targets[0]!, b))).toEqual([]);
    });
  });

  it('time shift: every year moved by n moves every year in the assessment by n; the explanation reads the same but for its years', () => {
    property(3, 250, (s, method, e) => {
      const n = -1 - (e % 30);
      const asOf = someAsOf(s, e);
      const json = build(s);
      const a = run(json, method, asOf);
      const b = run(shifted(json, n), method, asOf === null ? null : asOf + n);
      expect(mismatches(a, b, (key, v) => (['year', 'asOf', 'metLate', 'projectedPeakYear', 'deadline', 'from'].includes(key) ? v + n : v))).toEqual([]);
      for (const lang of ['en', 'zh'] as const) {
        const years = (x: Assessment) => x.explanation.replace(/\d{4}/g, 'YYYY').replace(/(a year|\d+ years) late/, 'late');
        expect(years(run(shifted(json, n), method, asOf === null ? null : asOf + n, lang))).toBe(years(run(json, method, asOf, lang)));
      }
      const shares = wayShares(doc(s)!.targets[0]!, a);
      expect(mismatches(shares, wayShares(valid(shifted(json, n))!.targets[0]!, b), (key, v) => (key === 'from' ? v + n : v))).toEqual([]);
    });
  });

  it('as-of: assessing as of a year is assessing the document without the later observations (explanation included)', () => {
    property(4, 250, (s, method, e) => {
      if (!s.obs.length) return;
      const year = s.obs[e % s.obs.length]![0] - (e % 2);
      if (year < s.baseYear) return;
      const json = build(s);
      const cut = { ...json, observations: json.observations.filter((o: { year: number }) => o.year <= year) };
      expect({ ...run(json, method, year), asOf: null }).toEqual({ ...run(cut, method), asOf: null });
      expect(run(json, method, year).asOf).toBe(year);
    });
  });

  it('irrelevant data: other indicators, targets, sources and sectors, and the observations in any order, change nothing', () => {
    property(5, 250, (s, method, e) => {
      const json = build(s);
      const more = structuredClone(json);
      more.indicators.push({ id: 'y', label: 'Capacity', unit: 'GW', better: 'higher' });
      more.sources.push({ id: 's2', title: 'Yearbook', url: 'https://example.org/y' });
      more.sectors.push({ id: 'steel', label: 'Steel' });
      more.targets.unshift({ id: 'u', indicator: 'y', baseline: { year: s.baseYear, value: 5 }, goal: { kind: 'absolute', comparison: 'at-least', value: 9, year: s.goalYear }, source: 's2' });
      more.targets.push({ id: 'w', indicator: 'x', baseline: { year: s.baseYear }, goal: { kind: 'peak', year: s.goalYear }, proxy: 'national', legalStatus: 'law' });
      for (const [year, value] of s.obs) more.observations.splice(e % (more.observations.length + 1), 0, { ...observation(year, value + 1), indicator: 'y' });
      if (e % 3 === 1) more.observations.reverse();
      if (e % 3 === 2) more.observations.sort((p: { year: number }, q: { year: number }) => ((p.year * 7919) % 13) - ((q.year * 7919) % 13));
      expect(validate(more).problems).toEqual([]);
      expect(run(more, method)).toEqual(run(json, method));
    });
  });

  it('language: status, ratios, flags and every figure are the same in English and Chinese', () => {
    property(6, 250, (s, method, e) => {
      const asOf = someAsOf(s, e);
      const en = run(build(s), method, asOf, 'en');
      const zh = run(build(s), method, asOf, 'zh');
      expect({ ...zh, explanation: '' }).toEqual({ ...en, explanation: '' });
    });
  });

  it("method: a target's own method is the method asked for", () => {
    property(7, 150, (s, method) => {
      const json = build(s);
      json.targets[0].method = method;
      expect(assess(valid(json)!, 't')).toEqual(run(build(s), method));
    });
  });

  it("observations before the baseline year, or in it beside the baseline's value, change nothing (all but peaks, which read the whole series)", () => {
    property(8, 200, (s, method, e) => {
      if (s.kind === 'peak' || s.baseValue === null) return;
      const json = build(s);
      json.observations = json.observations.filter((o: { year: number }) => o.year > s.baseYear);
      const more = structuredClone(json);
      more.observations.push(observation(s.baseYear - 3, 17 + e), observation(s.baseYear, s.baseValue + 1 + e));
      expect(run(more, method)).toEqual(run(json, method));
    });
  });

  it('observations between the baseline and the latest year, before the target year, leave the status, flags and ratios', () => {
    property(9, 200, (s, method, e) => {
      if (s.kind === 'peak') return;
      const a = run(build(s), method);
      if (!a.latest || !a.target || !a.baseline || a.status === 'insufficient-data') return;
      const free: number[] = [];
      for (let y = a.baseline.year + 1; y < Math.min(a.latest.year, a.finalTarget!.year); y++) if (!s.obs.some(([oy]) => oy === y)) free.push(y);
      if (!free.length) return;
      const json = build(s);
      json.observations.push(observation(free[e % free.length]!, [a.baseline.value, a.latest.value, a.target.value, (a.baseline.value + a.latest.value) / 2][e % 4]!));
      const b = run(json, method);
      expect([b.status, b.met, b.missed, b.limit, b.metLate, b.ratio, b.progress, b.expected]).toEqual([a.status, a.met, a.missed, a.limit, a.metLate, a.ratio, a.progress, a.expected]);
    });
  });

  it('a baseline without a value, and an observation of that value in its year standing in, judge alike (absolute and count goals)', () => {
    property(10, 200, (s, method) => {
      if ((s.kind !== 'absolute' && s.kind !== 'count') || s.baseValue === null) return;
      const json = build(s);
      json.observations = [...json.observations.filter((o: { year: number }) => o.year !== s.baseYear), observation(s.baseYear, s.baseValue)];
      const standIn = structuredClone(json);
      delete standIn.targets[0].baseline.value;
      const a = run(json, method);
      const b = run(standIn, method);
      expect(b.baselineFromObservation).toBe(true);
      // (With nothing after it, the stand-in is also shown as the latest value: "0.3 GW as of 2024, insufficient data".)
      const facts = (x: Assessment) => [x.status, x.met, x.missed, x.limit, x.metLate, x.ratio, x.progress, x.expected, x.baseline, x.target, x.projected];
      expect(facts(b)).toEqual(facts(a));
    });
  });
});

describe('metamorphic: one kind of goal as another', () => {
  it('a relative goal is the absolute goal of the value it computes (at most when lower is better, else at least)', () => {
    property(11, 200, (s, method) => {
      if (s.kind !== 'relative') return;
      const json = build(s);
      const absolute = structuredClone(json);
      const g = json.targets[0].goal;
      absolute.targets[0].goal = { kind: 'absolute', comparison: s.better === 'lower' ? 'at-most' : 'at-least', value: s.baseValue! * (1 + g.change / 100), year: g.year };
      expect(mismatches({ ...run(absolute, method), kind: null }, { ...run(json, method), kind: null })).toEqual([]);
    });
  });

  it('a count without milestones is the absolute goal "at least" that count', () => {
    property(12, 200, (s, method) => {
      if (s.kind !== 'count' || s.milestones.length) return;
      const json = build(s);
      const absolute = structuredClone(json);
      absolute.targets[0].goal = { ...json.targets[0].goal, kind: 'absolute', comparison: 'at-least' };
      expect(mismatches({ ...run(absolute, method), kind: null }, { ...run(json, method), kind: null })).toEqual([]);
    });
  });

  it("a count's milestone in its target year (at most the count) changes no judgement: it falls due with the count", () => {
    fc.assert(
      fc.property(validSpec(['count']), fc.constantFrom(...METHODS), fc.nat(999), (s, method, e) => {
        const json = build(s);
        const t = json.targets[0];
        const milestones = (t.milestones ?? []).filter((m: { year: number }) => m.year < s.goalYear);
        json.targets[0].milestones = milestones;
        const more = structuredClone(json);
        more.targets[0].milestones = [...milestones, { year: s.goalYear, value: 1 + (e % s.goalValue) }];
        const facts = (x: Assessment) => [x.status, x.met, x.missed, x.limit, x.metLate, x.ratio, x.progress, x.expected, x.target];
        expect(facts(run(more, method))).toEqual(facts(run(json, method)));
      }),
      { seed: SEED + 25, numRuns: runs(200) },
    );
  });

  it('a cap of one allowance is the absolute goal "at most" it: same status, flags and ratio (the path differs: allowances are straight)', () => {
    property(13, 200, (s, method) => {
      if (s.kind !== 'cap' || s.allowances.length !== 1) return;
      const json = build(s);
      const [[year, value]] = s.allowances as [[number, number]];
      const absolute = structuredClone(json);
      absolute.targets[0].goal = { kind: 'absolute', comparison: 'at-most', value, year };
      absolute.indicators[0].better = 'lower';
      const a = run(json, method);
      const b = run(absolute, method);
      expect([b.status, b.met, b.missed, b.limit, b.metLate, b.ratio, b.progress]).toEqual([a.status, a.met, a.missed, a.limit, a.metLate, a.ratio, a.progress]);
      if (method === 'path') expect(b.expected).toBe(a.expected);
    });
  });

  it('methods agree where the rules make them: the same ratio with straight-line rates, the same sign, and R ≥ 1 exactly when Q ≥ 1', () => {
    property(14, 300, (s) => {
      if (s.kind !== 'relative' && s.kind !== 'absolute') return;
      const [p, r, x] = METHODS.map((method) => run(build(s), method));
      if (p!.limit || p!.range || p!.status === 'achieved' || p!.ratio === null || p!.latest!.year >= p!.target!.year) return;
      if (p!.rateKind === 'linear') expect([close(r!.ratio!, p!.ratio!), close(x!.ratio!, p!.ratio!)]).toEqual([true, true]);
      expect(new Set([p, r, x].map((a) => Math.sign(a!.ratio!))).size).toBe(1);
      if (Math.abs(r!.ratio! - 1) > 1e-6) expect(r!.ratio! > 1).toBe(x!.ratio! > 1);
    });
  });

  it('a limit is judged alike by rate and extrapolation: neither has a ratio, both land on the projection', () => {
    property(26, 200, (s) => {
      const r = run(build(s), 'rate');
      if (r.limit) expect(run(build(s), 'extrapolation').status).toBe(r.status);
    });
  });
});

describe('metamorphic: monotonicity', () => {
  it('the latest value moved the better way never makes the status worse (ceilings, floors, limits, caps; counts without milestones)', () => {
    property(15, 300, (s, method, e) => {
      if (s.kind === 'peak' || s.comparison === 'about' || (s.kind === 'count' && s.milestones.length) || !s.obs.length) return;
      const json = build(s);
      const a = run(json, method);
      if (a.status === 'insufficient-data') return;
      const last = json.observations[json.observations.length - 1];
      last.value = Math.round((last.value + (a.comparison === 'at-most' ? -1 : 1) * [0.5, 1, 5, 20, 100][e % 5]!) * 10) / 10;
      expect(rank(run(json, method).status)).toBeLessThanOrEqual(rank(a.status));
    });
  });

  it('"about": the latest value moved closer to the goal on its side never makes the status worse, where that value is what is judged', () => {
    property(16, 300, (s, method, e) => {
      if (s.comparison !== 'about' || !s.obs.length) return;
      const json = build(s);
      const a = run(json, method);
      // Before the target year `rate` and `extrapolation` judge the projection, which a faster move can carry past the range.
      if (a.status === 'insufficient-data' || (method !== 'path' && a.latest!.year < a.target!.year)) return;
      const last = json.observations[json.observations.length - 1];
      const goal = a.target!.value;
      last.value = Math.round((goal + (last.value - goal) * [0.9, 0.5, 0.1][e % 3]!) * 10) / 10;
      expect(rank(run(json, method).status)).toBeLessThanOrEqual(rank(a.status));
    });
  });

  it('stricter thresholds (onTrack or needsAcceleration raised) never improve the status', () => {
    property(17, 250, (s, method, e) => {
      const a = run(build(s), method);
      const json = build(s);
      const t = { onTrack: 0.95, needsAcceleration: 0.6, ...json.targets[0].thresholds };
      if (e % 2) t.onTrack += 0.2;
      else t.needsAcceleration = Math.min(t.needsAcceleration + 0.2, t.onTrack - 0.01);
      json.targets[0].thresholds = t;
      expect(rank(run(json, method).status)).toBeGreaterThanOrEqual(rank(a.status));
    });
  });

  it('a goal made more ambitious never improves the status (absolute ceilings and floors; not across a limit or a change of rate kind)', () => {
    property(18, 300, (s, method, e) => {
      if (s.kind !== 'absolute' || s.comparison === 'about') return;
      const a = run(build(s), method);
      const json = build(s);
      json.targets[0].goal.value += (s.comparison === 'at-most' ? -1 : 1) * [0.5, 1, 5, 20, 100][e % 5]!;
      const d = valid(json);
      if (!d) return;
      const b = assess(d, 't', { method })!;
      if (a.limit || b.limit || a.rateKind !== b.rateKind) return;
      expect(rank(b.status)).toBeGreaterThanOrEqual(rank(a.status));
    });
  });

  it('a later deadline never makes the status worse (not for limits and ranges, met only in their year, nor a target met in its year only)', () => {
    property(19, 250, (s, method, e) => {
      if (s.kind === 'cap') return;
      const a = run(build(s), method);
      const json = build(s);
      json.targets[0].goal.year += 1 + (e % 5);
      const d = valid(json);
      if (!d || a.limit || a.range || (a.status === 'achieved' && !a.met)) return;
      const b = assess(d, 't', { method })!;
      if (b.limit) return;
      expect(rank(b.status)).toBeLessThanOrEqual(rank(a.status));
    });
  });

  it('caps: every allowance raised never makes the status worse (not across a limit: met only in its year)', () => {
    property(20, 250, (s, method, e) => {
      if (s.kind !== 'cap') return;
      const a = run(build(s), method);
      const json = build(s);
      for (const al of json.targets[0].goal.allowances) al.value += [0.5, 1, 5, 20, 100][e % 5]!;
      const b = run(json, method);
      if (a.limit === b.limit) expect(rank(b.status)).toBeLessThanOrEqual(rank(a.status));
    });
  });

  it('"about": a wider tolerance never makes the status worse', () => {
    property(21, 250, (s, method, e) => {
      if (s.comparison !== 'about') return;
      const json = build(s);
      json.targets[0].goal.tolerance = s.tolerance ?? 5;
      const wider = structuredClone(json);
      wider.targets[0].goal.tolerance = Math.min(100, json.targets[0].goal.tolerance * [1.5, 2, 4][e % 3]!);
      expect(rank(run(wider, method).status)).toBeLessThanOrEqual(rank(run(json, method).status));
    });
  });

  it('a year of no change added after the latest never improves the status (not ranges, limits, caps or peaks: see above)', () => {
    property(22, 250, (s, method) => {
      if (s.kind === 'peak' || s.kind === 'cap' || (s.kind === 'count' && s.milestones.length)) return;
      const a = run(build(s), method);
      if (!a.latest || a.limit || a.range || a.status === 'insufficient-data' || a.latest.year >= NOW) return;
      const json = build(s);
      json.observations.push(observation(a.latest.year + 1, a.latest.value));
      const b = run(json, method);
      if (!b.limit) expect(rank(b.status)).toBeGreaterThanOrEqual(rank(a.status));
    });
  });
});

describe('metamorphic: consistency of one assessment', () => {
  it('status, flags, ratios, shares and the explanation agree with each other, in English and Chinese', () => {
    property(23, 400, (s, method, e) => {
      const d = doc(s)!;
      const asOf = someAsOf(s, e);
      for (const lang of ['en', 'zh'] as const) {
        const a = assess(d, 't', { method, asOf, lang })!;
        const m = messages(lang);
        expect(STATUSES).toContain(a.status);
        // Achieved exactly when met, or met in the target year by a value the latest no longer matches (said so).
        const kept = a.explanation.includes(m.explain.kept(a.target?.year ?? 0, '\0').split('\0')[0]!);
        expect(a.status === 'achieved').toBe(a.met || kept);
        if (a.metLate !== null) expect([a.met, a.metLate > a.target!.year]).toEqual([true, true]);
        // Missed only once its year is in the data, and never achieved.
        if (a.missed) expect(a.status).not.toBe('achieved');
        if (a.missed && a.kind !== 'peak') expect(a.latest!.year).toBeGreaterThanOrEqual(a.target!.year);
        if (a.kind !== 'peak' && a.latest && a.target && a.latest.year >= a.finalTarget!.year) expect(['achieved', 'off-track', 'wrong-direction', 'insufficient-data']).toContain(a.status);
        // A limit has no way: no ratio, nothing due; judged by `path` before its year, on track exactly within it.
        if (a.limit) expect([a.ratio, a.expected]).toEqual([null, null]);
        if (a.limit && method === 'path' && a.kind !== 'cap' && a.progress !== null && a.latest!.year < a.target!.year) expect(a.status === 'on-track').toBe(a.progress <= 1 + 1e-9);
        // Numbers are numbers: the ratio may be ±Infinity (a cap with nothing due yet), never NaN; shares are finite.
        for (const k of ['ratio', 'progress', 'expected', 'pathValue', 'pathGap', 'achievedAnnualRate', 'requiredAnnualRate'] as const) expect(Number.isNaN(a[k])).toBe(false);
        for (const k of ['progress', 'expected', 'pathValue', 'pathGap'] as const) if (a[k] !== null) expect(Number.isFinite(a[k])).toBe(true);
        if (a.expected !== null) expect(a.expected).toBeLessThanOrEqual(1);
        expect(a.explanation).not.toMatch(/NaN|undefined|Infinity|null|∞/);
        // The explanation ends with a sentence for its status: the verdict, the range's or the limit's (each naming
        // the status), the missed year, or a cap's breach.
        if (a.status !== 'achieved' && a.status !== 'insufficient-data') {
          const last = a.explanation.split(lang === 'zh' ? /(?<=。)/ : /(?<=\.) (?=[A-Z])/).pop()!;
          const named = last.toLowerCase().includes(m.status[a.status].toLowerCase());
          expect(named || last === m.explain.breach || (a.missed && last === m.explain.missed(a.kind === 'peak' ? a.peak!.deadline : a.target!.year))).toBe(true);
        }
        const shares = wayShares(d.targets[0]!, a);
        for (const k of ['progress', 'expected'] as const) if (shares[k] !== null) expect(Number.isNaN(shares[k])).toBe(false);
        // Nothing to judge (one observation) draws no shares, of any kind.
        if (a.status === 'insufficient-data' && a.kind !== 'peak') expect([shares.progress, shares.expected]).toEqual([null, null]);
        if (a.kind !== 'peak' && shares.expected !== null) expect(shares.expected).toBeLessThanOrEqual(1 + 1e-12);
        if (a.kind !== 'peak' && a.kind !== 'cap' && shares.expected !== null) expect(shares.expected).toBeGreaterThanOrEqual(-1e-12);
        // A peak's share of time runs from the start of its scale, at or before the latest year, to the deadline.
        if (a.kind === 'peak' && shares.progress !== null) expect([shares.from! <= a.latest!.year, shares.progress >= 0]).toEqual([true, true]);
        // Met and not a limit, a range or a level held: at least the whole way.
        if (a.met && a.kind !== 'peak' && !a.limit && !a.range && !shares.hold && shares.progress !== null) expect(shares.progress).toBeGreaterThanOrEqual(1 - 1e-9);
        // A count judged against its target year (so against its final count, milestones being interim steps): the gauge's
        // shares are the assessment's.
        if (a.kind === 'count' && !a.limit && a.status !== 'insufficient-data' && !shares.hold && a.target!.year === a.finalTarget!.year) {
          expect(close(shares.progress!, a.progress!) && close(shares.expected!, a.expected!)).toBe(true);
        }
      }
    });
  });

  it('a latest value equal to the goal value, in the target year, is achieved (absolute, count and cap goals)', () => {
    property(24, 200, (s, method) => {
      if ((s.kind !== 'absolute' && s.kind !== 'count' && s.kind !== 'cap') || s.baseValue === null || s.goalYear > NOW) return;
      const json = build(s);
      const g = json.targets[0].goal;
      const [year, value] = g.allowances ? [g.allowances.at(-1).year, g.allowances.at(-1).value] : [g.year, g.value];
      json.observations = [...json.observations.filter((o: { year: number }) => o.year < year), observation(year, value)];
      const a = run(json, method);
      expect([a.status, a.met, a.missed]).toEqual(['achieved', true, false]);
    });
  });
});
