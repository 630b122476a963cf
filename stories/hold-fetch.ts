import { setLoadTimeout } from '../src/base/loader.js';

/**
 * For Loading stories: a story `beforeEach` that holds every request for `url` until it is aborted, so the widget
 * stays in its loading state (the loader's 10 s limit lifted for the story: it showed the timeout's error), and puts
 * `fetch` and the limit back after the story.
 */
export const holdFetch = (url: string) => () => {
  const real = window.fetch;
  // The longest delay setTimeout takes (24.8 days): a longer one fires at once.
  const limit = setLoadTimeout(2 ** 31 - 1);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === url
      ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : real(input, init);
  return () => {
    window.fetch = real;
    setLoadTimeout(limit);
  };
};
