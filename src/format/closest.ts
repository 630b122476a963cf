import type { Lang } from '../i18n/lang.js';

/**
 * The most character comparisons one suggestion may cost (word length × option length, summed over the options): about
 * a millisecond or two. A dataset of 2,000 ids of 61 characters, each compared in full, froze a page for 5–10 s (100
 * suggestions, 7.4 million comparisons each); one of 2,000 ids of 14 characters costs 0.4 million.
 */
const BUDGET = 1e6;

/**
 * The option nearest to `word` by edit distance, if it is close enough to be a
 * plausible typo (at most a third of the word's length, and at least one edit).
 * Used to turn "unknown field baselin" into "did you mean baseline?".
 * None where comparing every option would cost more than BUDGET: a hint, not worth freezing the page for, and the
 * nearest of those compared so far could be the wrong one.
 */
export function closest(word: string, options: readonly string[]): string | undefined {
  let cost = 0;
  for (const option of options) cost += word.length * option.length;
  if (cost > BUDGET) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  const w = word.toLowerCase();
  for (const option of options) {
    // The length gap is a lower bound on the distance: an option it already rules out costs nothing.
    if (Math.abs(w.length - option.length) >= bestDistance) continue;
    const d = distance(w, option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Levenshtein distance with a single rolling row. Exact: `closest` skips the options whose length gap already rules
 * them out. (It returned the gap, a lower bound, for gaps over 8, which `closest` took for the distance: a 38-character
 * `<img …>` was "9 edits" from "renewable-electricity-60-2030", within its threshold of 13.)
 */
export function distance(a: string, b: string): number {
  const row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The first eight of a dataset's ids and "…" for more, as a list in `lang`: what an error names when no id is near the
 * one written. Each id quoted as a guess is ("a", "b" / “a”、“b”), so the error box shows it as code, kept whole on a
 * line with its comma (a phone broke the bare "industrial-⏎energy-intensity-2025" at its hyphens).
 */
export const someIds = (ids: readonly string[], lang: Lang): string =>
  [...ids.slice(0, 8).map((id) => (lang === 'zh' ? `“${id}”` : `"${id}"`)), ...(ids.length > 8 ? ['…'] : [])].join(lang === 'zh' ? '、' : ', ');
