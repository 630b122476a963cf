import type { Thresholds } from '../format/types.js';
import { formatRatio } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { Assessment, Mutable } from './assess.js';

/** The one status vocabulary shared by every widget, ordered from best to worst. */
export const STATUSES = ['achieved', 'on-track', 'needs-acceleration', 'off-track', 'wrong-direction', 'insufficient-data'] as const;
export type Status = (typeof STATUSES)[number];

export const DEFAULT_THRESHOLDS: Required<Thresholds> = { onTrack: 0.95, needsAcceleration: 0.6 };

/**
 * Maps a method's ratio to a status with one set of thresholds for every method:
 * ≥ onTrack → on-track; ≥ needsAcceleration → needs-acceleration; ≥ 0 → off-track; < 0 → wrong-direction.
 * (Whether a target is already met is decided before this, from the values.)
 */
export function classify(ratio: number, thresholds: Thresholds = {}): Status {
  return statusOf(ratio, { ...DEFAULT_THRESHOLDS, ...thresholds });
}

/** classify with every threshold given (an assessment's, its target's over the defaults): what the widgets use. */
function statusOf(ratio: number, { onTrack, needsAcceleration }: Required<Thresholds>): Status {
  // Slack for floating point: 0.1 ÷ (1/6) is 0.5999999999999999, which read "0.60" and "off track".
  ratio += 1e-12;
  if (ratio >= onTrack) return 'on-track';
  if (ratio >= needsAcceleration) return 'needs-acceleration';
  if (ratio >= 0) return 'off-track';
  return 'wrong-direction';
}

/**
 * Ends an assessment whose status is still open (the target neither met nor impossible to
 * measure): the target year has passed (`missedYear`), else the ratio's status with the
 * thresholds in force. Either way a sentence says why; the lines become `a.explanation`.
 */
export function conclude(a: Mutable<Assessment>, lines: string[], lang: Lang, missedYear: number | null, missedStatus: Status): Assessment {
  const m = messages(lang);
  const t = a.thresholds;
  if (a.status === 'insufficient-data') {
    if (missedYear !== null) {
      a.missed = true;
      a.status = missedStatus;
      lines.push(m.explain.missed(missedYear));
    } else if (a.ratio !== null) {
      a.status = statusOf(a.ratio, t);
      lines.push(m.explain.verdict(m.status[a.status], formatRatio(lang, t.onTrack), formatRatio(lang, t.needsAcceleration)));
    }
  }
  a.explanation = lines.join(lang === 'zh' ? '' : ' ');
  return a;
}

/**
 * The year whose outcome the data do not show yet: the year judged against (the target's, or a count's next milestone)
 * once it is before `asOf` (the year the page judges as of, if it set one) or else `now` (the clock's), while the latest observation is
 * older, and the target neither met nor missed. The status is then the last the data allow ("on track as of 2022"), not
 * the outcome, and widgets say so ("no 2025 figure yet"). Null otherwise, and without data.
 */
export function pendingYear(
  a: Pick<Assessment, 'target' | 'latest' | 'met' | 'missed'>,
  asOf: number | null | undefined,
  now = new Date().getUTCFullYear(),
): number | null {
  const year = a.target?.year;
  return year !== undefined && a.latest && !a.met && !a.missed && a.latest.year < year && year < (asOf ?? now) ? year : null;
}
