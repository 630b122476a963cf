import type { Thresholds } from '../format/types.js';

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
  const { onTrack, needsAcceleration } = { ...DEFAULT_THRESHOLDS, ...thresholds };
  if (ratio >= onTrack) return 'on-track';
  if (ratio >= needsAcceleration) return 'needs-acceleration';
  if (ratio >= 0) return 'off-track';
  return 'wrong-direction';
}
