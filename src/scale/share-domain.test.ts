import { describe, expect, it } from 'vitest';
import { shareDomain } from './share-domain.js';

describe('shareDomain', () => {
  it('keeps [0, 1] for progress inside the way', () => {
    expect(shareDomain(0.5)).toEqual([0, 1]);
    expect(shareDomain(0)).toEqual([0, 1]);
    expect(shareDomain(1)).toEqual([0, 1]);
  });
  it('widens upwards in quarter steps: 1.2 → [0, 1.25]', () => {
    expect(shareDomain(1.2)).toEqual([0, 1.25]);
    expect(shareDomain(1.25)).toEqual([0, 1.25]);
    expect(shareDomain(1.26)).toEqual([0, 1.5]);
  });
  it('widens downwards in quarter steps: −0.3 → [−0.5, 1]', () => {
    expect(shareDomain(-0.3)).toEqual([-0.5, 1]);
    expect(shareDomain(-0.1)).toEqual([-0.25, 1]);
  });
  it('clamps to [−0.5, 1.5]: 3 → [0, 1.5], −2 → [−0.5, 1]', () => {
    expect(shareDomain(3)).toEqual([0, 1.5]);
    expect(shareDomain(-2)).toEqual([-0.5, 1]);
  });
  it('includes the expected share too', () => {
    expect(shareDomain(0.5, 1.1)).toEqual([0, 1.25]);
    expect(shareDomain(-0.2, 10)).toEqual([-0.25, 1.5]);
  });
  it('ignores null and non-finite values', () => {
    expect(shareDomain(null)).toEqual([0, 1]);
    expect(shareDomain(Number.NaN, Number.POSITIVE_INFINITY)).toEqual([0, 1]);
  });
  it('widens below 0 by one quarter for −0.21: floor(−0.21 · 4) / 4 = −0.25, not −0.5', () => {
    expect(shareDomain(-0.21)).toEqual([-0.25, 1]);
  });
});
