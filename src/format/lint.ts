/**
 * Data warnings: what a valid document says that is probably not true, or not sourced. `validate()` decides what the
 * widgets accept (form, references, years in order, contradictions with an indicator's direction); `lint()` looks at a
 * document it has accepted and reports figures that disagree with each other, for the editor to check. A warning never
 * stops a widget: the embed builder lists them beside its snippets and `peakline render` prints them to stderr.
 *
 * Not in any widget bundle (nothing the bundles import imports it): the widgets' verdict does not depend on it, and
 * every byte of the bundles is paid by every reader. Pure and DOM-free; messages in English, in the validator's style
 * (a JSON path, then what is wrong there and what to check). The builder's Chinese is in site/builder/problems-zh.ts.
 *
 * The checks, in document order:
 * 1. A target's baseline value that disagrees with the document's own observation of its indicator in the baseline
 *    year, beyond {@link agrees}' tolerance. `assess()` measures from the baseline and passes over that observation, so
 *    the chart and the verdict silently rest on a figure the series contradicts.
 * 2. A target without a `source`: the widgets then cite the policy's first document for it, which may not be where the
 *    figure is set (every figure should carry its own source).
 * 3. A milestone outside the way from the baseline to the target (for relative, absolute and count goals with a
 *    baseline value): typically a percentage change written where the indicator's value belongs (−8 on an index of
 *    100). The trajectory draws it off the line and a count target is judged against it.
 * 4. An indicator whose observations mix `illustrative` (invented) values with reported ones (`official` or
 *    `estimate`): one line on the chart joins invented and real figures, under an "Illustrative data" badge.
 * 5. A title longer than {@link LONG_TITLE} (the policy's, a sector's, an indicator's or a target's label, in any
 *    language): the widgets show it whole, as a heading or a row's name, on many lines of a phone's column (an audit's
 *    2,000-character label made a gauge 4,809 px tall, and the document was "Valid").
 * 6. An "at-least" level or a count a tenth of its baseline value or less: typically a share written as a fraction
 *    (0.35 for 35%) or a value in another unit. The widgets call it achieved from the first year, beside "27% of the
 *    way backwards". Not any goal the baseline passes: a floor already cleared ("arable land at least 18.65 from
 *    19.18", a red line to hold) or a ceiling not yet reached is a real policy, and a warning there is noise.
 * 7. Thresholds written as percentages (`"onTrack": 95` for 0.95): ratios above {@link MAX_THRESHOLD}, which no
 *    target reaches, so every status is off track or worse and nothing says why.
 */
import type { LocalizedText, PolicyDocument, Target } from './types.js';
import { observationsOf } from './lookup.js';

/** One warning, shaped as the validator's problems: the JSON path of the doubtful value and a sentence about it. */
export interface DataWarning {
  readonly path: string;
  readonly message: string;
}

/**
 * How far apart two statements of one figure may be before they disagree, relative to the larger (0.5%): a figure
 * rounded to three significant digits is off by at most 0.5% (0.5 in 100); the rounding term below covers figures
 * written more coarsely.
 */
export const RELATIVE_TOLERANCE = 0.005;

/**
 * Half a unit in the last decimal place a number is written to, as JSON writes it: 1854 → 0.5, 18.448 → 0.0005,
 * 1.5e-7 → 0.5e-8. The most a figure written that way can be off by rounding.
 */
export function halfUnit(n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  const decimals = m ? (m[2]?.length ?? 0) - Number(m[3] ?? 0) : 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * Whether two figures for the same thing agree: within 0.5% of the larger ({@link RELATIVE_TOLERANCE}), or within the
 * rounding of the less precise of the two ({@link halfUnit}: a baseline of 2 agrees with an observation of 2.4, which
 * rounds to it; 100 does not agree with 94.4, nor 1,800 with 1,854). A trailing zero is not taken for rounding: 100
 * is an index's exact base more often than a figure rounded to hundreds.
 */
export function agrees(a: number, b: number): boolean {
  const gap = Math.abs(a - b);
  // (The last term absorbs binary floating point: 0.1 + 0.2 against 0.3.)
  return gap <= Math.max(RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)), halfUnit(a), halfUnit(b)) + 1e-12 * Math.abs(a);
}

/**
 * The longest title that does not warn, in columns (a Han, kana or full-width character two, as it is drawn about
 * twice as wide): 160, five lines of a gauge's title in a 320 px column. The built-in datasets' longest is 121.
 */
export const LONG_TITLE = 160;

/** A text's width in columns (see LONG_TITLE). */
export const columns = (text: string): number => [...text].reduce((n, c) => n + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 2 : 1), 0);

/** The largest threshold ratio that does not warn: 5, five times the pace the path asks for (the defaults are 0.95 and 0.6). */
export const MAX_THRESHOLD = 5;

/** A computed figure as an editor would write it: 86.5, not 86.49999999999999. */
const show = (n: number) => String(Number(n.toPrecision(10)));

/** The goal's value for a milestone check, with the band an "about" goal accepts; null where a milestone has no way to lie on. */
function goalValue(t: Target, baseline: number): { value: number; band: number } | null {
  const g = t.goal;
  if (g.kind === 'relative') return { value: baseline * (1 + g.change / 100), band: 0 };
  if (g.kind === 'count') return { value: g.value, band: 0 };
  // An "about" goal accepts its tolerance either side (5% unless written): a milestone within it is on the way.
  if (g.kind === 'absolute') return { value: g.value, band: g.comparison === 'about' ? (Math.abs(g.value) * (g.tolerance ?? 5)) / 100 : 0 };
  // A peak has no value; a cap's allowances are its path.
  return null;
}

/**
 * The data warnings of a document that `validate()` has accepted (run it on anything else and it may throw). Returns
 * them in document order; [] when there is nothing to check.
 */
export function lint(doc: PolicyDocument): DataWarning[] {
  const warnings: DataWarning[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const observations = doc.observations ?? [];
  // The validator allows one observation per indicator and year.
  const observed = new Map<string, number>();
  observations.forEach((o, i) => observed.set(`${o.indicator}\u0000${o.year}`, i));

  // 5. Titles, in document order with the rest: the policy's, the sectors' and indicators', then each target's below.
  const title = (path: string, text: LocalizedText | undefined) => {
    for (const [p, s] of typeof text === 'string' ? [[path, text]] : Object.entries(text ?? {}).map(([lang, s]) => [`${path}.${lang}`, s]))
      if (columns(s!) > LONG_TITLE)
        warn(p!, `is ${[...s!].length} characters long: the widgets show it whole, as a title or a row's name, on many lines of a phone's column; shorten it`);
  };
  title('policy.title', doc.policy.title);
  doc.sectors?.forEach((x, i) => title(`sectors[${i}].label`, x.label));
  doc.indicators.forEach((x, i) => title(`indicators[${i}].label`, x.label));

  doc.targets.forEach((t, i) => {
    const p = `targets[${i}]`;
    title(`${p}.label`, t.label);
    const b = t.baseline;
    // 1. The baseline against the series.
    const at = observed.get(`${t.indicator}\u0000${b.year}`);
    if (b.value !== undefined && at !== undefined) {
      const o = observations[at]!.value;
      if (!agrees(b.value, o)) {
        const apart = o !== 0 ? `, ${show(Math.round((Math.abs(b.value - o) / Math.abs(o)) * 1000) / 10)}% apart` : '';
        warn(
          `${p}.baseline.value`,
          `is ${b.value}, but the observation of "${t.indicator}" for ${b.year} (observations[${at}].value) is ${o}${apart}: ` +
            `one of the two figures is wrong, or they measure different things (the widgets measure progress from ${b.value})`,
        );
      }
    }
    // 2. Where the target is set.
    if (t.source === undefined)
      warn(
        `${p}.source`,
        doc.policy.documents?.length
          ? "is missing: cite the document that sets this target (the widgets cite the policy's first document in its place)"
          : 'is missing: cite the document that sets this target (the widgets cite no source for it)',
      );
    // 3. Milestones on the way.
    const goal = b.value !== undefined ? goalValue(t, b.value) : null;
    if (goal && t.milestones) {
      const [low, high] = b.value! <= goal.value ? [b.value!, goal.value + goal.band] : [goal.value - goal.band, b.value!];
      t.milestones.forEach((m, j) => {
        const inside = (m.value >= low || agrees(m.value, low)) && (m.value <= high || agrees(m.value, high));
        if (!inside)
          warn(
            `${p}.milestones[${j}].value`,
            `is ${m.value}, outside the way from the baseline (${b.value} in ${b.year}) to the target (${show(goal.value)}): ` +
              "a milestone is a value on the way, in the indicator's unit (not a percentage change)",
          );
      });
    }
    // 7. Thresholds as percentages.
    for (const [k, v] of Object.entries(t.thresholds ?? {}))
      if (v > MAX_THRESHOLD)
        warn(`${p}.thresholds.${k}`, `is ${v}: a threshold is a ratio of the pace the target needs (the default for ${k} is ${k === 'onTrack' ? 0.95 : 0.6}), not a percentage; write ${show(v / 100)} for ${v}%`);
    // 6. A goal an order of magnitude below its baseline (a unit slip, not a floor already cleared).
    const g = t.goal;
    if ((g.kind === 'count' || (g.kind === 'absolute' && g.comparison === 'at-least')) && b.value! > 0 && g.value * 10 <= b.value!)
      warn(
        `${p}.goal.value`,
        `is ${g.value}, a tenth of the baseline (${b.value} in ${b.year}) or less, so the widgets show the target achieved from the start: ` +
          "check the value and the indicator's unit (a percentage written 0.35 for 35%?)",
      );
  });

  // 4. Invented values beside reported ones, per indicator (its series: lookup.ts): the warning points at the first invented one.
  const said = new Set<string>();
  observations.forEach((o, i) => {
    if (o.provenance.status !== 'illustrative' || said.has(o.indicator)) return;
    said.add(o.indicator);
    const series = observationsOf(doc, o.indicator);
    const invented = series.filter((x) => x.provenance.status === 'illustrative').length;
    if (invented < series.length)
      warn(
        `observations[${i}].provenance.status`,
        `is "illustrative": "${o.indicator}" has ${invented} illustrative (invented) and ${series.length - invented} reported (official or estimate) observations, ` +
          'which a chart joins in one line under an "Illustrative data" badge: keep invented values in a document of their own',
      );
  });
  return warnings;
}
