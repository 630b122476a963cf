/** From a mutation-testing pass over status.ts: each assertion fails for a mutant that the other tests let through. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingYear } from './status.js';

describe('pendingYear: without `now`, the clock\'s current UTC year', () => {
  afterEach(() => vi.useRealTimers());
  // China's energy-intensity target: −13.5% by 2025, latest figure 2022 (as in status.test.ts).
  const energy = { target: { year: 2025, value: 86.5 }, latest: { year: 2022, value: 93.2 }, met: false, missed: false };

  it('2025 is not over during 2025, and is from 1 January 2026 (UTC)', () => {
    // Kills a default of `getUTCFullYear() + 1`, under which 2025 read as over in mid-2025.
    vi.useFakeTimers({ now: new Date('2025-12-31T23:59:59Z') });
    expect(pendingYear(energy, null)).toBeNull();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    expect(pendingYear(energy, null)).toBe(2025);
  });
});
