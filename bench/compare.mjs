// Pure helpers of `npm run bench` (bench/run.mjs), kept apart so test/unit/bench-compare.test.ts can check them.

/** The median of numbers (nulls left out), or null for none. */
export function median(xs) {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Run-to-run spread of one cell: (max − min) ÷ median, or null with fewer than two runs or a median of 0. */
export function spread(xs) {
  const s = xs.filter((x) => x != null);
  const m = median(s);
  if (s.length < 2 || !m) return null;
  return (Math.max(...s) - Math.min(...s)) / m;
}

/**
 * The memory verdict for one widget kind: `before`, `after` (one mount-and-unmount of 500) and `again` (a second)
 * are `{ heap, nodes, jsEventListeners }`. Back to baseline when the heap is within max(512 KB, 5 %) of `before` and
 * the second cycle adds under 128 KB (a leak grows again, one-time growth does not), nodes are within 100 and
 * listeners within 20. Returns what failed, [] when nothing did.
 */
export function memoryLeaks(before, after, again) {
  const heapOk = after.heap - before.heap < Math.max(512 * 1024, 0.05 * before.heap) && again.heap - after.heap < 128 * 1024;
  return [
    !heapOk && 'heap',
    after.nodes - before.nodes >= 100 && 'nodes',
    after.jsEventListeners - before.jsEventListeners >= 20 && 'listeners',
  ].filter(Boolean);
}

/** How many times `a` is `b`, to one decimal ("2.9×"); "—" when either is missing or `b` is 0. */
export function times(a, b) {
  if (a == null || b == null || b === 0) return '—';
  return `${(a / b).toFixed(1)}×`;
}
