/**
 * For Loading stories: a story `beforeEach` that holds every request for `url` until it is aborted, so the widget
 * stays in its loading state, and puts `fetch` back after the story.
 */
export const holdFetch = (url: string) => () => {
  const real = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === url
      ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : real(input, init);
  return () => {
    window.fetch = real;
  };
};
