import { html, type TemplateResult } from 'lit';
import { setLoadTimeout } from '../src/base/loader.js';

/** The URL a `fetch` call asks for, whether it was given a string, a URL or a Request. */
const urlOf = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input);

/**
 * For Loading stories: a story `beforeEach` that holds every request for `url` until it is aborted, so the widget
 * stays in its loading state (the loader's 10 s limit lifted for the story: it showed the timeout's error), and puts
 * `fetch` and the limit back after the story.
 * With `timeoutMs`, the loader's limit is that instead, for a story of the timeout's error (a src that never answers),
 * which a reader would see after 10 s.
 */
export const holdFetch = (url: string, timeoutMs?: number) => () => {
  const real = window.fetch;
  // The longest delay setTimeout takes (24.8 days): a longer one fires at once.
  const limit = setLoadTimeout(timeoutMs ?? 2 ** 31 - 1);
  window.fetch = (input, init) =>
    urlOf(input) === url
      ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : real(input, init);
  return () => {
    window.fetch = real;
    setLoadTimeout(limit);
  };
};

/**
 * For failed-fetch stories: a story `beforeEach` that answers every request for `url` with `answer()` (a 404, a web
 * page instead of the data), or fails it as a network error does when `answer()` is an Error, and puts `fetch` back
 * after the story. Storybook serves no policy files, so the answer is made here, as the loader's browser tests make
 * theirs (src/base/loader.browser.test.ts).
 */
export const answerFetch = (url: string, answer: () => Response | Error) => answerFetches({ [url]: answer });

/** answerFetch for several addresses at once, each with its own answer (one `fetch` replaced, and put back once). */
export const answerFetches = (answers: Record<string, () => Response | Error>) => () => {
  const real = window.fetch;
  window.fetch = (input, init) => {
    const answer = answers[urlOf(input)];
    if (!answer) return real(input, init);
    const a = answer();
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
  };
  return () => {
    window.fetch = real;
  };
};

/** A 200 answer with `doc` as JSON, as a server sends a policy file. */
export const jsonAnswer = (doc: unknown) => () => new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json' } });

/**
 * For "update failed" stories, a decorator: once a widget in the story has drawn the document from `from`, the widget
 * (or the `<peakline-data>` around it) is given the new src `to`, as a live page's poll gives one; the story's
 * `beforeEach` makes `to` fail. Done on `peakline-ready`, so the docs page, which runs no play function, shows the state too.
 */
export const thenSrc =
  (from: string, to: string) =>
  (story: () => unknown): TemplateResult => {
    const next = (e: Event) => {
      const widget = e.target as Element & { src: string | null };
      const source = (widget.closest('peakline-data') as (Element & { src: string | null }) | null) ?? widget;
      // In a task of its own, as a poll's would be: set inside the widget's update (which fires `peakline-ready`), it
      // scheduled another (Lit's "change-in-update" warning).
      if (source.src === from) setTimeout(() => (source.src = to));
    };
    return html`<div @peakline-ready=${next}>${story()}</div>`;
  };
