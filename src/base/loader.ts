/**
 * Loads policy documents by URL, once per URL for the whole page.
 *
 * - Many widgets asking for the same URL share one request and one validation.
 * - Each caller passes its own AbortSignal. The shared request is aborted only when every
 *   caller waiting on it has aborted (so one widget changing `src` never cancels its neighbours'), a microtask after
 *   the last: a caller asking again in the same task (a widget moved in the page) keeps it.
 * - A request unanswered after `timeout` (10 s; `setLoadTimeout`) fails with a clear message.
 * - Results never reject: a failure is a `LoadResult` with problems, so nothing throws uncaught.
 * - The last `KEEP` addresses' documents are kept (least recently used first out): a live page that flips a widget
 *   between a few addresses neither fetches nor parses them again. Failures are never kept, so the next ask retries.
 * - A failure to load is a problem in English (the builder and `<peakline-data>`'s own event read it) and a
 *   `LoadFailure`, which each widget says in its own language.
 */
import type { PolicyDocument, Problem } from '../format/types.js';
import { echo } from '../format/echo.js';
import { parseAndValidate } from '../format/validate.js';
import { loadMessage, messages, type LoadFailure } from '../i18n/messages.js';
import { VERSION } from '../version.js';

export type LoadResult =
  | { readonly ok: true; readonly data: PolicyDocument }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly failure?: LoadFailure };

/** How long a request may take before it fails (ms); `setLoadTimeout` changes it. */
let timeout = 10_000;

/**
 * Sets how long a request may take before it fails, and returns the previous limit: for Storybook's Loading stories,
 * whose request never answers and which must stay loading (after 10 s they showed the timeout's error). Not in the
 * bundles' API.
 */
export function setLoadTimeout(ms: number): number {
  const was = timeout;
  timeout = ms;
  return was;
}

/**
 * Shared by the bundles of one version on a page (`entries`), so its keys must read the same in every bundle: none may
 * be a private or protected member's name, which scripts/terser-pass.ts shortens, differently in each bundle (hence
 * `aborter`: the elements have a private `controller`). test/browser/one-widget-bundles.test.ts draws three widgets,
 * one from each one-widget bundle, from one request.
 */
interface Entry {
  promise: Promise<LoadResult>;
  readonly aborter: AbortController;
  waiting: number;
  /** The answer, once settled (an entry whose answer failed is taken out of the cache at once). */
  result?: LoadResult;
}

/**
 * The page's requests by URL, shared by the copies of this version of the kit on the page: the one-widget bundles an
 * article's snippets load (a gauge's, a trajectory's, a sector panel's) each carry this module, and each fetched and
 * validated the same document again. Another version keeps its own (its entries may not be these).
 */
const entries: Map<string, Entry> = ((globalThis as Record<string, unknown>)[`__peaklineLoads${VERSION}`] ??= new Map()) as Map<string, Entry>;

/** How many addresses' documents are kept (see `hit`): a page's few datasets, not every address a live page polled. */
const KEEP = 16;

/** The entry for `href`, made the most recently used if it has its answer. */
function hit(href: string): Entry | undefined {
  const e = entries.get(href);
  if (e?.result) entries.delete(href), entries.set(href, e);
  return e;
}

/** Whether the page's number data has been asked for (see loadDocument): once a page, by its first request. */
let warmed = false;

/** Forgets cached results (tests; a page that republishes data); the next request loads the number data again. */
export function clearLoadCache(): void {
  entries.clear();
  warmed = false;
}

/** The absolute http(s) address `src` names, else '' (not a URL, or another scheme). */
function toHref(src: string): string {
  try {
    const u = new URL(src, globalThis.document?.baseURI);
    if (/^https?:$/.test(u.protocol)) return u.href;
  } catch {
    // Not a URL at all: reported like any other non-http(s) address.
  }
  return '';
}

/** The document at `src` if this page has already loaded it, else undefined: a widget added later shows it at once. */
export function loaded(src: string): LoadResult | undefined {
  return hit(toHref(src))?.result;
}

/** A failure to load: its problem in English, with the HTTP `status` where there is one, and the failure itself. */
export function failed(failure: LoadFailure, status?: number): LoadResult & { ok: false } {
  const message = loadMessage(messages('en'), failure)!;
  return { ok: false, problems: [status === undefined ? { path: '', message } : { path: '', message, status }], failure };
}

/** Fetches, reads and validates; a request unanswered after `timeout` fails and is aborted. `fresh` revalidates with the server. */
function fetchDocument(href: string, controller: AbortController, fresh?: boolean): Promise<LoadResult> {
  const signal = controller.signal;
  // An address as echoed in a message: a long one (a `data:` URL can be megabytes) cut to 80 characters.
  const url = echo(href, 80);
  // Read once, at the start: a limit changed while the request is out does not change what its message says.
  const ms = timeout;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(failed(['timeout', url, ms]));
      // Stop the hung request too, so it does not hold one of the browser's few connections.
      controller.abort();
    }, ms);
    const attempt = async (): Promise<LoadResult> => {
      let response: Response;
      try {
        // Credentials: fetch's default, same-origin only.
        response = await fetch(href, { signal, cache: fresh ? 'no-cache' : 'default', headers: { accept: 'application/json' } });
      } catch {
        // Aborted (the timeout, or every caller gone): this answer is never read, the promise has settled or been dropped.
        return failed(['network', url], 0);
      }
      // The server's own words quoted as the address is (shortened, invisible characters spelled out): a status text of
      // 20,000 characters made an 8,000 px error box.
      if (!response.ok) return failed(['http', url, echo(`${response.status} ${response.statusText}`.trim(), 80)], response.status);
      try {
        return parseAndValidate(await response.text());
      } catch {
        return failed(['read', url]);
      }
    };
    // The first to settle wins: the answer, or the timeout.
    void attempt().then((r) => {
      clearTimeout(timer);
      resolve(r);
    });
  });
}

/**
 * Loads and validates the document at `url`. Resolves (never rejects) with the result.
 * If `signal` aborts first, resolves with a "cancelled" failure the caller should ignore.
 * `fresh` asks the server again rather than the browser's HTTP cache (the embed builder's Load
 * button, after an editor fixed the file); widgets use the cache like any other resource.
 */
export function loadDocument(src: string, signal?: AbortSignal, fresh?: boolean): Promise<LoadResult> {
  const url = echo(src, 80);
  const href = toHref(src);
  if (!href) return Promise.resolve(failed(['scheme', url]));
  let entry = hit(href);
  if (!entry || (!entry.result && entry.aborter.signal.aborted)) {
    const created = (entry = { aborter: new AbortController(), waiting: 0 } as Entry);
    // While the page's first request is out, in a task of its own: a page's first Intl.NumberFormat loads the browser's
    // number data (25–35 ms at 1× CPU here, 100 ms and more at 4×), which the first render would otherwise pay once the
    // data is in. Never an uncaught error, even where a page has replaced Intl with something that throws: the widgets'
    // own formatting then fails inside their render, which shows it in the widget.
    if (!warmed) {
      warmed = true;
      setTimeout(() => {
        try {
          new Intl.NumberFormat().format(0);
        } catch {
          // Reported by the render that formats, not here.
        }
      });
    }
    created.promise = fetchDocument(href, created.aborter, fresh).then((r) => {
      created.result = r;
      // Failures are not cached, so a later widget (or a retry) asks again. A document is the newest kept (an entry is
      // set when asked, so it moves to the end), and the least recently used answered ones beyond KEEP are let go.
      if (entries.get(href) === created) {
        entries.delete(href);
        if (r.ok) entries.set(href, created);
        for (const [k, e] of entries) if (entries.size > KEEP && e.result) entries.delete(k);
      }
      return r;
    });
    entries.set(href, created);
  }
  const shared = entry;
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise<LoadResult>((resolve) => {
    const onAbort = () => {
      // The shared request is aborted only when every caller waiting on it has aborted, a microtask later: a widget
      // moved in the page (disconnected, then connected again in the same task) asks again and keeps it.
      shared.waiting--;
      queueMicrotask(() => {
        if (shared.waiting <= 0 && !shared.result) {
          shared.aborter.abort();
          if (entries.get(href) === shared) entries.delete(href);
        }
      });
      // (Never shown: a widget drops a cancelled request's answer. Not a LoadFailure, so in English only.)
      resolve({ ok: false, problems: [{ path: '', message: `Loading ${url} was cancelled.` }] });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.promise.then((r) => {
      signal.removeEventListener('abort', onAbort);
      resolve(r);
    });
  });
}
