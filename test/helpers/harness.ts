/**
 * Shared set-up for component tests in Chromium: each test starts with an empty load cache,
 * mounts into wrappers that are removed afterwards, gets the real `fetch` back however it was
 * stubbed, and fails if anything escaped uncaught (an `error` or `unhandledrejection` event).
 */
import { expect } from '@open-wc/testing';
import { clearLoadCache } from '../../src/base/loader.js';

export interface Harness {
  /** Containers to remove after each test. */
  readonly wrappers: HTMLElement[];
  /** The page's own fetch, for stubs to fall back to. */
  readonly realFetch: typeof window.fetch;
}

export function useHarness({ settleMs = 20, reset }: { settleMs?: number; reset?: () => void } = {}): Harness {
  const harness: Harness = { wrappers: [], realFetch: window.fetch };
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

  beforeEach(() => {
    clearLoadCache();
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    // Let any late promise settle before checking that nothing escaped.
    await new Promise((r) => setTimeout(r, settleMs));
    window.fetch = harness.realFetch;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    for (const w of harness.wrappers.splice(0)) w.remove();
    reset?.();
    clearLoadCache();
    expect(uncaught, 'uncaught errors or rejections').to.deep.equal([]);
  });

  return harness;
}
