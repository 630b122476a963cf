/**
 * The loader's default time limit, in Node with fake timers: the browser tests (loader.browser.test.ts) wait for a
 * short limit set with `setLoadTimeout`, and only read the default's value; this lets 10 s of fake time pass.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLoadCache, loadDocument } from './loader.js';

describe('loadDocument time limit', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    clearLoadCache();
  });

  it('a request unanswered for 10 s fails then, not before, and is aborted', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => ((signal = init?.signal ?? undefined), new Promise<Response>(() => {})));
    let settled = false;
    const result = loadDocument('https://example.org/slow.json').then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const r = await result;
    expect(r.ok ? '' : r.problems[0]!.message).toBe('Loading https://example.org/slow.json took longer than 10 s, so it was stopped.');
    expect(signal?.aborted).toBe(true);
  });
});
