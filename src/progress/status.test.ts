import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_THRESHOLDS, pendingYear, STATUSES, conclude } from './status.js';
import type { Assessment, Mutable } from './assess.js';

const below = (x: number) => x - 1e-9;

describe('classify with the default thresholds (0.95, 0.6)', () => {
  it('uses 0.95 and 0.6 as defaults', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ onTrack: 0.95, needsAcceleration: 0.6 });
  });

  it.each([
    [0.95, 'on-track'],
    [below(0.95), 'needs-acceleration'],
    [0.6, 'needs-acceleration'],
    [below(0.6), 'off-track'],
    [0, 'off-track'],
    [-0, 'off-track'],
    [below(0), 'wrong-direction'],
    [1, 'on-track'],
    [5, 'on-track'],
    [-3, 'wrong-direction'],
  ] as const)('ratio %d → %s', (ratio, status) => {
    expect(classify(ratio)).toBe(status);
  });

  it('never returns achieved or insufficient-data (decided before classify)', () => {
    const seen = new Set([-1, -0.01, 0, 0.3, 0.6, 0.8, 0.95, 2].map((r) => classify(r)));
    expect([...seen].sort()).toEqual(['needs-acceleration', 'off-track', 'on-track', 'wrong-direction']);
    expect(STATUSES).toEqual(['achieved', 'on-track', 'needs-acceleration', 'off-track', 'wrong-direction', 'insufficient-data']);
  });
});

describe('classify with overrides', () => {
  it('a lower onTrack turns needs-acceleration into on-track, at the boundary exactly', () => {
    expect(classify(0.8)).toBe('needs-acceleration');
    expect(classify(0.8, { onTrack: 0.8 })).toBe('on-track');
    expect(classify(below(0.8), { onTrack: 0.8 })).toBe('needs-acceleration');
  });

  it('a lower needsAcceleration turns off-track into needs-acceleration, at the boundary exactly', () => {
    expect(classify(0.5)).toBe('off-track');
    expect(classify(0.5, { needsAcceleration: 0.5 })).toBe('needs-acceleration');
    expect(classify(below(0.5), { needsAcceleration: 0.5 })).toBe('off-track');
  });

  it('both overrides together; the other default is kept when only one is given', () => {
    const t = { onTrack: 1.1, needsAcceleration: 0.9 };
    expect(classify(1.1, t)).toBe('on-track');
    expect(classify(1.0, t)).toBe('needs-acceleration');
    expect(classify(0.89, t)).toBe('off-track');
    expect(classify(0.7, { onTrack: 1.1 })).toBe('needs-acceleration');
    expect(classify(0.96, { onTrack: 1.1 })).toBe('needs-acceleration');
    expect(classify(0.59, { onTrack: 1.1 })).toBe('off-track');
  });

  it('overrides do not move the wrong-direction boundary at 0', () => {
    expect(classify(0, { needsAcceleration: 0.1 })).toBe('off-track');
    expect(classify(below(0), { onTrack: 0.5, needsAcceleration: 0.2 })).toBe('wrong-direction');
  });
});

describe('pendingYear: a target year passed without data for it', () => {
  // China's energy-intensity target: −13.5% by 2025, latest figure 2022, judged on track.
  const energy = { target: { year: 2025, value: 86.5 }, latest: { year: 2022, value: 93.2 }, met: false, missed: false };
  it('is the target year once the year is over and the data stop before it', () => {
    expect(pendingYear(energy, null, 2026)).toBe(2025);
  });
  it('is null while the target year is still to come or running (2025 is not over in 2025)', () => {
    expect(pendingYear(energy, null, 2024)).toBeNull();
    expect(pendingYear(energy, null, 2025)).toBeNull();
  });
  it('is null once the data reach the target year, or the target is met or missed', () => {
    expect(pendingYear({ ...energy, latest: { year: 2025, value: 86 } }, null, 2026)).toBeNull();
    expect(pendingYear({ ...energy, met: true }, null, 2026)).toBeNull();
    expect(pendingYear({ ...energy, missed: true }, null, 2026)).toBeNull();
  });
  it('is null without data or without a target', () => {
    expect(pendingYear({ ...energy, latest: null }, null, 2026)).toBeNull();
    expect(pendingYear({ ...energy, target: null }, null, 2026)).toBeNull();
  });
});

describe('edges: conclude', () => {
  it('joins the sentences with a space in English, with nothing in Chinese', () => {
    const a = () => ({ status: 'achieved', thresholds: DEFAULT_THRESHOLDS, ratio: 1 }) as unknown as Mutable<Assessment>;
    expect(conclude(a(), ['One.', 'Two.'], 'en', null, 'off-track').explanation).toBe('One. Two.');
    expect(conclude(a(), ['一。', '二。'], 'zh', null, 'off-track').explanation).toBe('一。二。');
  });
});
