/**
 * The gauge's view model: every string, share and path it shows for one target, computed
 * from the data in one pure function (unit-testable without a browser).
 */
import type { Method, PolicyDocument, Target } from '../format/types.js';
import { citedSources, type CitedSources } from '../format/sources.js';
import { dataNotes } from '../i18n/data-notes.js';
import { describeTarget, headline, targetHeading, targetPhrase, targetValues } from '../i18n/describe.js';
import { inRangeText } from '../i18n/in-range.js';
import { formatChange, formatNumber, formatShare } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { gaugeMessages } from './messages.js';
import { localize } from '../i18n/text.js';
import { textWidth } from '../i18n/text-width.js';
import { dueByText, peakText, wayText } from '../i18n/way.js';
import { assess, type Assessment } from '../progress/assess.js';
import { goalYear } from '../progress/goal.js';
import { turned } from '../progress/peak.js';
import { seriesOf } from '../progress/series.js';
import { gaugeGeometry, type GaugeGeometry, type GaugeMarker, type GaugeVariant } from './geometry.js';
import { wayShares } from '../progress/shares.js';

export interface GaugeView {
  readonly a: Assessment;
  readonly geometry: GaugeGeometry;
  readonly title: string;
  readonly subtitle: string;
  readonly headline: string;
  /**
   * The headline would not fit on one line at its full size (an estimate: 1.75 em of the element's font size, within
   * the frame's 0.875 em padding and 1 px border each side): it is set smaller rather than broken mid-word
   * ("2420万吨二氧化碳当量" at 320 px left "量" alone on a second line).
   */
  readonly headlineLong: boolean;
  readonly of: string;
  /** The legend's last item, "50% of the way" ("41% of the way backwards"; where an "about" target stands against its range), or for peaks, whose fill is time, "Years so far: 2020–2023"; '' without a fill (a single observation, no data). */
  readonly progressText: string;
  readonly description: string;
  /** The legend's keys for the marks drawn (without data, only the marks the track shows: the target, milestones). */
  readonly legend: readonly { kind: GaugeMarker['kind']; label: string }[];
  /** A latest value past the scale's end, beside its arrow: "▶ 150%", "◀ −20%"; '' when it is on the scale. */
  readonly overflow: string;
  readonly sources: CitedSources;
  /** The target's `proxy`: what the series shown is, when it stands in for the target's (the status is indicative); ''. */
  readonly proxy: string;
  /** The target's note from the data, in `lang` (its caveats; '' without one): shown in the footer's disclosure. */
  readonly note: string;
  /** The shown observations' derivations and notes, with their years (see `dataNotes`): also in the disclosure. */
  readonly dataNotes: readonly string[];
}

export interface GaugeViewOptions {
  readonly lang: Lang;
  /** The width the gauge lays out in, px: the frame's content box (inside its padding), which the chart fills. */
  readonly width: number;
  readonly variant: GaugeVariant;
  readonly method?: Method | null;
  readonly asOf?: number | null;
  /** The element's font size in px (16 by default): the headline's fit is judged at 1.75 of it. */
  readonly fontPx?: number;
}

/** Everything the gauge shows, computed from the data (pure; the element only templates it). */
export function gaugeView(doc: PolicyDocument, target: Target, opts: GaugeViewOptions): GaugeView {
  const { lang, width, variant, fontPx: font = 16 } = opts;
  const m = messages(lang);
  const gm = gaugeMessages(lang);
  const a = assess(doc, target.id, opts)!;
  const shares = wayShares(target, a);
  const geometry = gaugeGeometry({ variant, width, ...shares });
  const { name: title, subtitle } = targetHeading(doc, target, lang);
  const colon = m.colon;
  const legend: { kind: GaugeMarker['kind']; label: string }[] = [];
  const add = (kind: GaugeMarker['kind'], label: string) => legend.push({ kind, label });
  const isPeak = target.goal.kind === 'peak';
  if (isPeak) {
    // As the plans word it, and the subtitle: "peak by 2030" (a bare "Target: by 2030" left out what is due), "2030年前达峰".
    add('target', `${m.words.target}${colon}${targetPhrase(doc, target, lang)}`);
    // The tick is the projected peak, or the peak itself once confirmed.
    if (a.peak) {
      add('expected', peakText(lang, a.peak));
    }
  } else {
    // When the scale runs below 0 (a value gone the wrong way), the baseline is a tick partway round, not the start:
    // it is named (first), so a fill running back from it does not read as ground gained from the start; a first
    // observation standing in for a baseline without a value is named so, as on the trajectory.
    if (geometry.domain[0] < 0) add('baseline', a.baselineFromObservation ? m.words.standIn : m.words.baseline);
    // The legend states the shares that are drawn (for counts: of the final count, not of the next milestone).
    // In the sector panel's words ("42% due by 2022", "50% of the way"), so the two widgets name one mark one way. The
    // share is due by the latest observation's year, not by now: a 2025 target read in 2026 from 2022 data is 42% due.
    if (shares.expected !== null && a.latest) add('expected', dueByText(lang, shares.expected, a.latest.year));
    // Its year from the goal when there is no data yet to assess ("Target by 2025", not a bare "Target").
    add('target', gm.targetBy(a.finalTarget?.year ?? goalYear(target.goal)));
    if (shares.milestones.length) add('milestone', m.words.milestone);
  }
  const peakHeadline = () => {
    if (!a.peak || !a.latest) return headline(doc, target, a, lang);
    if (a.peak.confirmed) return m.words.peaked(a.peak.peak.year);
    if (a.peak.growth === null) return '—';
    return gm.growth(`${a.peak.growth > 0 ? '+' : ''}${formatNumber(lang, a.peak.growth, 1)}%`, a.peak.trend);
  };
  const ofText = (): string => {
    if (!a.latest) return '';
    // (A highest value after the deadline has missed it: that one still "must stop growing".)
    if (isPeak) return a.peak?.confirmed ? '' : a.peak && turned(a.peak) && a.peak.peak.year <= target.goal.year ? gm.stayBelow(a.peak.peak.year) : gm.mustPeak(target.goal.year);
    // Next to the headline, the goal's change ("−6.8%  target −13.5%" / "−6.8%  目标：−13.5%"), or its value with its
    // unit ("1,793 Mt  target 1,800 Mt", "17.93亿吨  目标：18亿吨"): a bare "target 500" under "140 thousand units" reads
    // as 500 units.
    const goal = target.goal.kind === 'relative' ? formatChange(lang, target.goal.change) : a.finalTarget ? targetValues(doc, target, lang).quantity(a.finalTarget.value) : '';
    return goal && gm.target(goal);
  };
  const written = isPeak ? peakHeadline() : headline(doc, target, a, lang);
  // With a tenth to spare: the estimate is for regular text, and the headline is bold ("140 thousand units", estimated
  // at 286 of 290 px, wrapped "units" onto a second line at 320 px). Too wide even when set smaller (0.786 of its size;
  // large text on a phone), its figure and unit may part at their spaces: held together they were split mid-word,
  // "44.1 Mt C ⏎ O₂", "140 thous ⏎ and units".
  const wide = (em: number) => textWidth(written, em * font) * 1.1 > width;
  const shown = wide(1.375) ? written.replace(/\u00a0/g, ' ') : written;
  const series = seriesOf(doc, target.indicator, a.asOf);
  return {
    a, geometry, title, subtitle,
    headline: shown,
    headlineLong: wide(1.75),
    of: ofText(),
    // A peak's fill is time, not a share of the way: the legend says which years it covers. A value that cannot be
    // judged yet says why (one observation; a peak without consecutive years), where the share would be: the status
    // alone, "Insufficient data" beside "0.3 GW", left the reader to open the explanation to learn it. The reason only:
    // that one observation stands in for a baseline without a value is the explanation's (the gauge draws no baseline).
    progressText:
      // A target that holds its baseline has no way to share (its headline says where it stands).
      shares.hold
        ? ''
        : shares.progress === null
        ? a.latest && a.status === 'insufficient-data' ? (a.baselineFromObservation ? m.explain.insufficient(1) : a.explanation) : ''
        : isPeak
          ? gm.yearsSoFar(shares.from!, a.latest!.year)
          : inRangeText(doc, target, a, lang) || wayText(lang, shares.progress, a.limit),
    // The figure is named by its visible title: the description goes on from there.
    description: describeTarget(doc, target, a, lang, false),
    legend: a.latest ? legend : legend.filter((item) => geometry.markers.some((mk) => mk.kind === item.kind)),
    // The share the scale draws, as the legend says it: for a count, of the final count (the assessment's progress is
    // of the next milestone: "◀ −160%" beside "80% of the way backwards").
    overflow: geometry.overflow ? `${geometry.overflow === 'above' ? '▶' : '◀'} ${formatShare(lang, shares.progress ?? 0)}` : '',
    sources: citedSources(doc, [target.source], series),
    proxy: localize(target.proxy, lang),
    note: localize(target.note, lang),
    dataNotes: dataNotes(series, lang),
  };
}

