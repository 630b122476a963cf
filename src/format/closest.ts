/**
 * The option nearest to `word` by edit distance, if it is close enough to be a
 * plausible typo (at most a third of the word's length, and at least one edit).
 * Used to turn "unknown field baselin" into "did you mean baseline?".
 */
export function closest(word: string, options: readonly string[]): string | undefined {
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

/** Levenshtein distance with a single rolling row. */
export function distance(a: string, b: string): number {
  // Strings this far apart in length are no plausible typo: the gap (a lower bound) is enough.
  const gap = Math.abs(a.length - b.length);
  if (gap > 8) return gap;
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
