/**
 * Small valid documents of one target, for the progress engine's metamorphic properties (src/progress/metamorphic.test.ts),
 * and the transformations those properties apply to them. A document is drawn as a `Spec`, a handful of numbers that
 * prints short when a property fails, and built by `build`. Specs are valid by construction (the goal's direction
 * agrees with the indicator's, years ascend after the baseline, a count is a whole number, no observation is in the
 * future); `doc` validates, and `validSpec` keeps only what `validate()` accepts, in case a rule is missed here.
 * Values are small integers, or tenths along a course towards the goal, or the values where rules change (the
 * baseline's, the goal's, a step either side of them, zero), so a failing case is numbers a reader can check by hand.
 */
import fc from 'fast-check';
import type { Method, PolicyDocument } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';

export type Kind = 'relative' | 'absolute' | 'count' | 'cap' | 'peak';
export type Pair = readonly [year: number, value: number];

export interface Spec {
  readonly better: 'lower' | 'higher';
  readonly kind: Kind;
  /** An absolute goal's; for the other kinds, the direction the indicator calls better. */
  readonly comparison: 'at-most' | 'at-least' | 'about';
  /** Percent, for "about" only (undefined: Peakline's default). */
  readonly tolerance: number | undefined;
  readonly baseYear: number;
  /** null: the target gives no baseline value (absolute, count and peak targets only). */
  readonly baseValue: number | null;
  readonly goalYear: number;
  /** An absolute or count goal's value; a relative goal's change in percent (its sign is the indicator's). */
  readonly goalValue: number;
  readonly allowances: readonly Pair[];
  readonly milestones: readonly Pair[];
  readonly obs: readonly Pair[];
  readonly thresholds: { readonly onTrack: number; readonly needsAcceleration: number } | undefined;
  readonly method: Method | undefined;
}

/** The current year: no observation may be later (the validator's rule). */
export const NOW = new Date().getUTCFullYear();

/** Mostly positive, some zero or negative. */
const value = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: -200, max: 0 }) });

/** Up to `max` points in distinct, ascending years from `from` to `to`. */
const pairs = (from: number, to: number, max: number, v: fc.Arbitrary<number> = value): fc.Arbitrary<Pair[]> =>
  from > to
    ? fc.constant<Pair[]>([])
    : fc
        .uniqueArray(fc.integer({ min: from, max: to }), { maxLength: max })
        .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((y) => v.map((x): Pair => [y, x]))));

/** A relative goal's change: the direction of travel is baseline × change, which the validator holds to the indicator's. */
const relChange = (s: Spec) => (s.better === 'lower' ? -1 : 1) * Math.sign(s.baseValue ?? 1) * Math.min(Math.abs(s.goalValue), 100);

/** Roughly the value a spec's goal asks for (a relative goal's from its baseline): where trends head. */
const aim = (s: Spec): number => {
  const b = s.baseValue ?? 100;
  if (s.kind === 'relative') return b * (1 + relChange(s) / 100);
  if (s.kind === 'cap') return s.allowances[s.allowances.length - 1]![1];
  if (s.kind === 'peak') return b * 1.3;
  return s.goalValue;
};

/** Observations at the values where rules change: the baseline's, the goal's, a step either side of them, zero. */
const edges = (s: Spec): fc.Arbitrary<Pair[]> => {
  const b = s.baseValue ?? 100;
  const g = Math.round(aim(s) * 10) / 10;
  return pairs(s.baseYear - 1, Math.min(NOW, s.goalYear + 2), 6, fc.constantFrom(b, g, g - 1, g + 1, b - 1, b + 1, 0, (b + g) / 2, -g));
};

/**
 * Observations on a course from the baseline towards the goal (a share `pace` of the way by the target year), with a
 * little noise, in tenths; for a peak, yearly values whose growth slows by `2 × pace` points a year from 4%.
 */
const trend = (s: Spec): fc.Arbitrary<Pair[]> =>
  fc
    .record({
      pace: fc.constantFrom(-0.5, 0, 0.3, 0.6, 0.8, 0.9, 1, 1.1, 1.5),
      first: fc.integer({ min: s.baseYear - (s.kind === 'peak' ? 8 : 1), max: s.baseYear + 3 }),
      n: fc.integer({ min: 1, max: 8 }),
      gaps: fc.boolean(),
      noise: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 8, maxLength: 8 }),
    })
    .map(({ pace, first, n, gaps, noise }) => {
      const b = s.baseValue ?? 100;
      const out: Pair[] = [];
      let v = b;
      for (let i = 0, year = first; i < n && year <= NOW; i++, year += gaps && i % 2 ? 2 : 1) {
        if (s.kind === 'peak') v *= 1 + (4 - pace * 2 * i + noise[i]! / 3) / 100;
        else v = b + ((pace * (year - s.baseYear)) / (s.goalYear - s.baseYear)) * (aim(s) - b) + noise[i]! / 2;
        out.push([year, Math.round(v * 10) / 10]);
      }
      return out;
    });

/** Everything but the observations. */
const shape = (kinds: readonly Kind[]): fc.Arbitrary<Spec> =>
  fc
    .record({
      better: fc.constantFrom('lower' as const, 'higher' as const),
      kind: fc.constantFrom(...kinds),
      about: fc.boolean(),
      tolerance: fc.option(fc.constantFrom(1, 2, 5, 10, 20, 50), { nil: undefined }),
      baseYear: fc.integer({ min: NOW - 12, max: NOW - 2 }),
      span: fc.integer({ min: 1, max: 12 }),
      baseValue: fc.option(value, { freq: 8, nil: null }),
      goalValue: value,
      change: fc.integer({ min: 1, max: 100 }),
      thresholds: fc.option(
        fc.tuple(fc.constantFrom(0, 0.3, 0.5, 0.6, 0.8), fc.constantFrom(0.1, 0.3, 0.4, 0.5, 0.9, 1.2)).map(([na, d]) => ({ needsAcceleration: na, onTrack: na + d })),
        { freq: 5, nil: undefined },
      ),
      method: fc.option(fc.constantFrom<Method>('path', 'rate', 'extrapolation'), { freq: 4, nil: undefined }),
    })
    .chain((r) => {
      const goalYear = r.baseYear + r.span;
      const milestones =
        r.kind === 'count'
          ? pairs(r.baseYear + 1, goalYear, 2, fc.integer({ min: 1, max: 200 }))
          : r.kind === 'peak'
            ? fc.constant<Pair[]>([])
            : fc.oneof({ weight: 3, arbitrary: fc.constant<Pair[]>([]) }, { weight: 1, arbitrary: pairs(r.baseYear + 1, goalYear, 2) });
      return fc
        .record({
          allowances: pairs(r.baseYear + 1, goalYear, 4).map((xs) => (xs.length ? xs : [[goalYear, r.goalValue] as Pair])),
          milestones,
          // (A peak reads the whole series, also before its baseline year.)
          obs: pairs(r.baseYear - (r.kind === 'peak' ? 6 : 1), Math.min(NOW, goalYear + 3), 8),
        })
        .map(({ allowances, milestones, obs }): Spec => {
          const count = r.kind === 'count';
          const end = r.kind === 'cap' ? allowances[allowances.length - 1]![0] : goalYear;
          // Relative goals and caps need a baseline value; a relative one not 0.
          const baseValue = r.baseValue ?? (r.kind === 'relative' || r.kind === 'cap' ? r.goalValue : null);
          // A count is a whole number above 0, and its milestones do not exceed it.
          const goalValue = r.kind === 'relative' ? r.change : count ? Math.abs(r.goalValue) || 1 : r.goalValue;
          return {
            better: count ? 'higher' : r.better,
            kind: r.kind,
            comparison: r.kind === 'absolute' && r.about ? 'about' : r.better === 'lower' && !count ? 'at-most' : 'at-least',
            tolerance: r.kind === 'absolute' && r.about ? r.tolerance : undefined,
            baseYear: r.baseYear,
            baseValue: r.kind === 'relative' && baseValue === 0 ? 1 : baseValue,
            goalYear: end,
            goalValue,
            allowances: r.kind === 'cap' ? allowances : [],
            milestones: milestones.filter(([y]) => y <= end).map(([y, v]): Pair => [y, count ? Math.min(v, goalValue) : v]),
            obs,
            thresholds: r.thresholds,
            method: r.method,
          };
        });
    });

/** A spec, its observations drawn at random, along a course towards the goal, or at the values where rules change. */
export const spec = (kinds: readonly Kind[] = ['relative', 'absolute', 'count', 'cap', 'peak']): fc.Arbitrary<Spec> =>
  shape(kinds).chain((s) => fc.oneof(fc.constant(s.obs), trend(s), edges(s)).map((obs) => ({ ...s, obs })));

/** The document a spec describes, as JSON (not yet validated): one target, `t`, of one indicator, `x`. */
export function build(s: Spec): Json {
  const goal =
    s.kind === 'relative'
      ? { kind: 'relative', change: relChange(s), year: s.goalYear }
      : s.kind === 'absolute'
        ? { kind: 'absolute', comparison: s.comparison, value: s.goalValue, year: s.goalYear, ...(s.tolerance !== undefined && { tolerance: s.tolerance }) }
        : s.kind === 'count'
          ? { kind: 'count', value: s.goalValue, year: s.goalYear }
          : s.kind === 'cap'
            ? { kind: 'cap', allowances: s.allowances.map(([year, value]) => ({ year, value })) }
            : { kind: 'peak', year: s.goalYear };
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'Policy', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Bulletin', url: 'https://example.org/b' }],
    sectors: [{ id: 'power', label: 'Power' }],
    indicators: [{ id: 'x', label: { en: 'Emissions', zh: '排放' }, unit: { en: 'Mt', zh: '百万吨' }, better: s.better, sector: 'power' }],
    targets: [
      {
        id: 't',
        indicator: 'x',
        baseline: { year: s.baseYear, ...(s.baseValue !== null && { value: s.baseValue }) },
        goal,
        ...(s.milestones.length && { milestones: s.milestones.map(([year, value]) => ({ year, value })) }),
        ...(s.thresholds && { thresholds: s.thresholds }),
        ...(s.method && { method: s.method }),
        source: 'src',
      },
    ],
    observations: s.obs.map(([year, value]) => observation(year, value)),
  };
}

/** The validated document of a JSON document, or null where the validator refuses it. */
export function valid(json: Json): PolicyDocument | null {
  const r = validate(json);
  return r.ok ? r.data : null;
}

/** The validated document of a spec, or null. */
export const doc = (s: Spec): PolicyDocument | null => valid(build(s));

/** A spec whose document is valid. */
export const validSpec = (kinds?: readonly Kind[]) => spec(kinds).filter((s) => doc(s) !== null);

// ---- Transformations of a document's JSON ---------------------------------------------------------------------------

export type Json = any;

/** An observation of the target's indicator, as the document's JSON writes it. */
export const observation = (year: number, value: number) => ({ indicator: 'x', year, value, provenance: { status: 'official', source: 'src' } });

/** Every value of the target and its indicator (baseline, goal, allowances, milestones, observations) through `f`. */
export function mapValues(json: Json, f: (v: number) => number): Json {
  const j = structuredClone(json);
  const t = j.targets[0];
  if (t.baseline.value !== undefined) t.baseline.value = f(t.baseline.value);
  if ('value' in t.goal) t.goal.value = f(t.goal.value);
  for (const a of t.goal.allowances ?? []) a.value = f(a.value);
  for (const m of t.milestones ?? []) m.value = f(m.value);
  for (const o of j.observations) if (o.indicator === t.indicator) o.value = f(o.value);
  return j;
}

/** The same figures in another unit: every value times `k` (> 0). An "about" goal's tolerance is a percentage: it stays. */
export const scaled = (json: Json, k: number): Json => mapValues(json, (v) => v * k);

/** Every value negated, better lower ↔ higher, at-most ↔ at-least (a relative goal's change keeps its sign). */
export function mirrored(json: Json): Json {
  const j = mapValues(json, (v) => -v);
  const g = j.targets[0].goal;
  if (g.comparison && g.comparison !== 'about') g.comparison = g.comparison === 'at-most' ? 'at-least' : 'at-most';
  j.indicators[0].better = j.indicators[0].better === 'lower' ? 'higher' : 'lower';
  return j;
}

/** Every year of the target and its observations moved by `n`. */
export function shifted(json: Json, n: number): Json {
  const j = structuredClone(json);
  const t = j.targets[0];
  t.baseline.year += n;
  if ('year' in t.goal) t.goal.year += n;
  for (const a of t.goal.allowances ?? []) a.year += n;
  for (const m of t.milestones ?? []) m.year += n;
  for (const o of j.observations) o.year += n;
  return j;
}
