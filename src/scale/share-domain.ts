/**
 * The domain of a scale of shares of the way (0 = baseline, 1 = target): the gauge's, and the sector panel's, which puts
 * every row on it. Pure.
 *
 * [0, 1] widened to include `progress`, `expected` and `beyond` (an "about" range's top share), in quarter steps,
 * within [−0.5, 1.5]: further out, a value is drawn at the scale's end and said to be beyond it.
 */
export function shareDomain(progress: number | null, expected?: number | null, beyond = 1): [number, number] {
  const values = [0, 1, progress ?? 0, expected ?? 0, beyond].filter(Number.isFinite);
  return [Math.max(-0.5, Math.floor(Math.min(...values) * 4) / 4), Math.min(1.5, Math.ceil(Math.max(...values) * 4) / 4)];
}
