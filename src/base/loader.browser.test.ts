/**
 * The loader in real Chromium: shared requests, cancellation, failures as visible messages,
 * timeouts, and isolation between widgets. Nothing may throw uncaught.
 *
 * Fixtures are served by the test runner from test/fixtures/. They end in `.json.txt` because
 * the runner's esbuild plugin (json: true) turns every served `.json` file into a JavaScript
 * module; the loader never looks at the extension or the content type, only at the text.
 * Slow and failing responses come from a stubbed `window.fetch`, restored after each test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, nothing, render, type TemplateResult } from 'lit';
import '../define.js';
import type { PeaklineGauge } from '../gauge/gauge.js';
import type { PeaklineErrorDetail } from './peakline-element.js';
import { clearLoadCache, loadDocument, setLoadTimeout } from './loader.js';
import { VERSION } from '../version.js';
import { useHarness } from '../../test/helpers/harness.js';
import { holdFetch, type HeldRequest } from '../../test/helpers/hold-fetch.js';

const DOC_A = '/test/fixtures/gauge-doc-a.json.txt';
const DOC_B = '/test/fixtures/gauge-doc-b.json.txt';
const INVALID_JSON = '/test/fixtures/gauge-invalid-json.json.txt';
const SCHEMA_ERRORS = '/test/fixtures/gauge-schema-errors.json.txt';
const MISSING = '/test/fixtures/gauge-does-not-exist.json.txt';
const TARGET = 'energy-intensity-2025';

const harness = useHarness({ settleMs: 20 });
const realFetch = harness.realFetch;

interface Call {
  url: string;
  signal: AbortSignal | undefined;
  cache?: RequestCache;
}

/** Counts fetch calls and passes them on to the real fetch. */
function spyOnFetch(): Call[] {
  const calls: Call[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal ?? undefined, cache: init?.cache });
    return realFetch(input, init);
  };
  return calls;
}

async function fixtureText(path: string): Promise<string> {
  return (await realFetch(path)).text();
}

// ---- Mounting, events, uncaught errors ----------------------------------------------------

interface Mounted {
  wrapper: HTMLElement;
  gauges: PeaklineGauge[];
  ready: Event[];
  errors: CustomEvent<PeaklineErrorDetail>[];
}

/** Renders a template into a fresh container that records the widgets' events from the start. */
async function mount(template: TemplateResult): Promise<Mounted> {
  const wrapper = document.createElement('div');
  wrapper.style.width = '400px';
  const m: Mounted = { wrapper, gauges: [], ready: [], errors: [] };
  wrapper.addEventListener('peakline-ready', (e) => m.ready.push(e));
  wrapper.addEventListener('peakline-error', (e) => m.errors.push(e as CustomEvent<PeaklineErrorDetail>));
  document.body.append(wrapper);
  harness.wrappers.push(wrapper);
  render(template, wrapper);
  m.gauges = [...wrapper.querySelectorAll('peakline-gauge')];
  await Promise.all(m.gauges.map((g) => g.updateComplete));
  return m;
}

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const isReady = (el: PeaklineGauge) => !!el.shadowRoot?.querySelector('[part~="headline"], .no-data');
const isError = (el: PeaklineGauge) => !!el.shadowRoot?.querySelector('[role="alert"]');
const isLoading = (el: PeaklineGauge) => !!el.shadowRoot?.querySelector('[role="status"][aria-busy="true"]');

// ---- Tests ---------------------------------------------------------------------------------

describe('loader: shared requests', () => {
  it('five widgets with the same src make ONE request and all render', async () => {
    const calls = spyOnFetch();
    const m = await mount(html`${[1, 2, 3, 4, 5].map(() => html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`)}`);
    await waitUntil(() => m.gauges.every(isReady), 'every gauge renders', { timeout: 5000 });
    expect(calls.filter((c) => c.url.endsWith(DOC_A))).to.have.length(1);
    expect(m.ready).to.have.length(5);
    for (const g of m.gauges) expect(text(g)).to.contain('Fixture A');
  });

  it('a widget added later reuses the cached document without a new request', async () => {
    const calls = spyOnFetch();
    const first = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    await waitUntil(() => isReady(first.gauges[0]!), 'first renders');
    const second = await mount(html`<peakline-gauge src=${DOC_A} target="scrap-2025"></peakline-gauge>`);
    await waitUntil(() => isReady(second.gauges[0]!), 'second renders');
    expect(calls).to.have.length(1);
  });

  it('a relative and an absolute URL for the same file share the request', async () => {
    const calls = spyOnFetch();
    const absolute = new URL(DOC_A, document.baseURI).href;
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge><peakline-gauge src=${absolute} target=${TARGET}></peakline-gauge>`);
    await waitUntil(() => m.gauges.every(isReady), 'both render');
    expect(calls).to.have.length(1);
  });

  it('widgets use the HTTP cache; a fresh load (the builder\'s Load button) revalidates with the server', async () => {
    const calls = spyOnFetch();
    await loadDocument(DOC_A);
    clearLoadCache();
    await loadDocument(DOC_A, undefined, true);
    expect(calls.map((c) => c.cache)).to.deep.equal(['default', 'no-cache']);
  });

  it('keeps the last 16 addresses\' documents, least recently used out first (a live page flipping src)', async () => {
    const calls = spyOnFetch();
    const at = (i: number) => `${DOC_A}?v=${i}`;
    const asked = (i: number) => calls.filter((c) => c.url.endsWith(at(i))).length;
    for (let i = 0; i < 16; i++) expect((await loadDocument(at(i))).ok).to.equal(true);
    // Asked again (a widget flipped back to it): no request, and it is now the most recently used.
    await loadDocument(at(0));
    expect(calls).to.have.length(16);
    // A 17th address lets the least recently used go: v=1, not v=0.
    await loadDocument(at(16));
    await loadDocument(at(0));
    expect(asked(0), 'v=0, used since, is kept').to.equal(1);
    await loadDocument(at(1));
    expect(asked(1), 'v=1, the least recently used, is fetched again').to.equal(2);
    // A widget added for a kept address shows it at once, with no request.
    const m = await mount(html`<peakline-gauge src=${at(16)} target=${TARGET}></peakline-gauge>`);
    expect(isReady(m.gauges[0]!)).to.equal(true);
    expect(calls).to.have.length(18);
  });

  it('failures are not cached: a retry asks the server again', async () => {
    const calls = spyOnFetch();
    const a = await loadDocument(MISSING);
    const b = await loadDocument(MISSING);
    expect(a.ok).to.equal(false);
    expect(b.ok).to.equal(false);
    expect(calls).to.have.length(2);
  });
});

/**
 * Asks for DOC_A with `Intl.NumberFormat` replaced and the request held; `body` runs at once (in the task that asked),
 * then the request is answered and must have loaded. The real constructor is put back whatever happens.
 */
async function withNumberFormat(replacement: typeof Intl.NumberFormat, body: (pending: HeldRequest[]) => Promise<void>): Promise<void> {
  const real = Intl.NumberFormat;
  const pending = holdFetch();
  Intl.NumberFormat = replacement;
  try {
    const result = loadDocument(DOC_A);
    await body(pending);
    pending[0]!.respond(await fixtureText(DOC_A));
    expect((await result).ok).to.equal(true);
  } finally {
    Intl.NumberFormat = real;
  }
}

/** Intl.NumberFormat, counting how often it is made (with and without `new`). */
function countingNumberFormat(): { counting: typeof Intl.NumberFormat; made: () => number } {
  let made = 0;
  const counting = new Proxy(Intl.NumberFormat, {
    construct: (target, args) => (made++, Reflect.construct(target, args)),
    apply: (target, self, args) => (made++, Reflect.apply(target, self, args)),
  });
  return { counting, made: () => made };
}

describe('loader: the requests shared by the bundles on the page', () => {
  it('are kept under this version\'s own key (another version\'s copy keeps its own map)', async () => {
    const shared = (globalThis as Record<string, unknown>)[`__peaklineLoads${VERSION}`];
    expect(shared).to.be.instanceOf(Map);
    expect((globalThis as Record<string, unknown>).__peaklineLoads, 'a key without the version').to.equal(undefined);
    const stop = new AbortController();
    const src = new URL('/data/shared-key-test.json', location.href).href;
    const pending = loadDocument(src, stop.signal);
    expect((shared as Map<string, unknown>).has(src), 'the request is in the shared map').to.equal(true);
    stop.abort();
    await pending;
  });
});

describe('loader: the wait is used', () => {
  it("a request's wait loads the browser's number data: an Intl.NumberFormat is made before the answer", async () => {
    const { counting, made } = countingNumberFormat();
    // The request is answered only after this body: so the formatter is made while it is out.
    await withNumberFormat(counting, async () => {
      expect(made(), 'not in the task that asked').to.equal(0);
      await waitUntil(() => made() > 0, 'a NumberFormat is made while the request is out', { timeout: 2000 });
    });
  });

  it('once a page: a request for another address later makes no second formatter', async () => {
    const { counting, made } = countingNumberFormat();
    await withNumberFormat(counting, async (pending) => {
      await waitUntil(() => made() > 0, 'the first request loads the number data', { timeout: 2000 });
      const first = made();
      const second = loadDocument(DOC_B);
      // A task later, when a warm-up of its own would have run.
      await new Promise((r) => setTimeout(r, 20));
      expect(made(), 'formatters made for the second request').to.equal(first);
      pending[1]!.respond(await fixtureText(DOC_B));
      expect((await second).ok).to.equal(true);
    });
  });

  it('a page whose Intl.NumberFormat throws gets no uncaught error from it (the harness fails on one)', async () => {
    let calls = 0;
    const broken = function () {
      calls++;
      throw new TypeError('broken polyfill');
    } as unknown as typeof Intl.NumberFormat;
    await withNumberFormat(broken, async () => {
      await waitUntil(() => calls > 0, 'the warm-up ran', { timeout: 2000 });
      // A task later, so an uncaught error would have reached the window's error event.
      await new Promise((r) => setTimeout(r, 20));
    });
  });
});

describe('loader: cancellation', () => {
  it('changing src aborts the in-flight request and the newest src wins', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => pending.length === 1, 'request A sent');
    expect(isLoading(g)).to.equal(true);
    g.src = DOC_B;
    await waitUntil(() => pending.length === 2, 'request B sent');
    expect(pending[0]!.signal?.aborted, 'A aborted').to.equal(true);
    expect(pending[1]!.signal?.aborted, 'B not aborted').to.equal(false);
    pending[1]!.respond(await fixtureText(DOC_B));
    await waitUntil(() => isReady(g), 'renders B');
    expect(text(g)).to.contain('Fixture B');
    expect(m.errors, 'a cancelled request is not an error').to.have.length(0);
    expect(m.ready).to.have.length(1);
  });

  it('a late answer to a superseded request is dropped, even if the server ignores the abort', async () => {
    // A fetch that does not reject on abort (the server had already answered).
    const answers: ((r: Response) => void)[] = [];
    const signals: AbortSignal[] = [];
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve) => {
        answers.push(resolve);
        if (init?.signal) signals.push(init.signal);
      });
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => answers.length === 1);
    g.src = DOC_B;
    await waitUntil(() => answers.length === 2);
    const [bodyA, bodyB] = await Promise.all([fixtureText(DOC_A), fixtureText(DOC_B)]);
    answers[1]!(new Response(bodyB));
    await waitUntil(() => isReady(g), 'renders B');
    answers[0]!(new Response(bodyA));
    await new Promise((r) => setTimeout(r, 50));
    expect(text(g)).to.contain('Fixture B');
    expect(text(g)).not.to.contain('Fixture A');
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('one widget changing src does not cancel the request its neighbour still waits for', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge><peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    const [one, two] = m.gauges as [PeaklineGauge, PeaklineGauge];
    await waitUntil(() => pending.length === 1, 'one shared request');
    one.src = DOC_B;
    await waitUntil(() => pending.length === 2);
    expect(pending[0]!.signal?.aborted, 'shared request A still alive').to.equal(false);
    pending[0]!.respond(await fixtureText(DOC_A));
    pending[1]!.respond(await fixtureText(DOC_B));
    await waitUntil(() => isReady(one) && isReady(two));
    expect(text(one)).to.contain('Fixture B');
    expect(text(two)).to.contain('Fixture A');
  });

  it('removing the last widget aborts its request, a microtask later', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    await waitUntil(() => pending.length === 1);
    m.gauges[0]!.remove();
    expect(pending[0]!.signal?.aborted, 'not in the task that removed it: it may be put back').to.equal(false);
    await Promise.resolve();
    expect(pending[0]!.signal?.aborted).to.equal(true);
  });

  it('the last widget changing src abandons its old request, not left running', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    await waitUntil(() => pending.length === 1);
    m.gauges[0]!.src = DOC_B;
    await waitUntil(() => pending.length === 2, 'request B sent');
    await Promise.resolve();
    expect(pending[0]!.signal?.aborted, 'A aborted').to.equal(true);
    pending[1]!.respond(await fixtureText(DOC_B));
    await waitUntil(() => isReady(m.gauges[0]!), 'renders B');
  });

  it('a widget moved in the page while it loads (out and back in, one task) keeps its request: no abort, no second one', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge><p>after</p>`);
    const g = m.gauges[0]!;
    await waitUntil(() => pending.length === 1);
    // Below the paragraph: disconnected and connected again in one call.
    m.wrapper.append(g);
    // And into another element of the page, removed then inserted by hand.
    const other = document.createElement('section');
    m.wrapper.append(other);
    g.remove();
    other.append(g);
    await new Promise((r) => setTimeout(r, 20));
    expect(pending[0]!.signal?.aborted, 'the request is kept').to.equal(false);
    expect(pending, 'no second request').to.have.length(1);
    pending[0]!.respond(await fixtureText(DOC_A));
    await waitUntil(() => isReady(g), 'renders A');
    expect(m.ready).to.have.length(1);
  });

  it('a widget given a new src keeps its chart; moved meanwhile, it keeps the request and draws the new document', async () => {
    const pending = holdFetch();
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge><p>after</p>`);
    const g = m.gauges[0]!;
    await waitUntil(() => pending.length === 1);
    pending[0]!.respond(await fixtureText(DOC_A));
    await waitUntil(() => isReady(g), 'renders A');
    g.src = DOC_B;
    await waitUntil(() => pending.length === 2, 'request B sent');
    expect(text(g), 'A, while B loads').to.contain('Fixture A');
    m.wrapper.append(g);
    await new Promise((r) => setTimeout(r, 20));
    expect(pending, 'no third request').to.have.length(2);
    expect(pending[1]!.signal?.aborted, 'B kept').to.equal(false);
    expect(text(g), 'A, still').to.contain('Fixture A');
    pending[1]!.respond(await fixtureText(DOC_B));
    await waitUntil(() => text(g).includes('Fixture B'), 'renders B');
    expect(m.ready).to.have.length(2);
    expect(m.errors).to.have.length(0);
  });

  it('loadDocument: the shared request is aborted only when every caller has aborted', async () => {
    const pending = holdFetch();
    const c1 = new AbortController();
    const c2 = new AbortController();
    const p1 = loadDocument(DOC_A, c1.signal);
    const p2 = loadDocument(DOC_A, c2.signal);
    expect(pending).to.have.length(1);
    c1.abort();
    const r1 = await p1;
    expect(r1.ok).to.equal(false);
    expect(!r1.ok && r1.problems[0]!.message).to.contain('was cancelled');
    expect(pending[0]!.signal?.aborted).to.equal(false);
    c2.abort();
    await Promise.resolve();
    expect(pending[0]!.signal?.aborted).to.equal(true);
    expect((await p2).ok).to.equal(false);
  });

  it('loadDocument with an already aborted signal does not fetch', async () => {
    const pending = holdFetch();
    const c = new AbortController();
    c.abort();
    const r = await loadDocument(DOC_A, c.signal);
    expect(r.ok).to.equal(false);
    expect(pending.every((p) => p.signal?.aborted)).to.equal(true);
  });
});

describe('loader: failures become visible messages', () => {
  it('404 → a message naming 404 and a peakline-error with problems', async () => {
    const m = await mount(html`<peakline-gauge src=${MISSING} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => isError(g), 'error shown');
    expect(text(g)).to.contain('This chart could not be shown');
    expect(text(g)).to.match(/the server answered 404/);
    expect(m.errors).to.have.length(1);
    const problems = m.errors[0]!.detail.problems;
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.contain('404');
    expect(m.errors[0]!.composed).to.equal(true);
  });

  it('500 with a status text → the status is named', async () => {
    window.fetch = async () => new Response('oops', { status: 503, statusText: 'Service Unavailable' });
    const r = await loadDocument(DOC_A);
    expect(!r.ok && r.problems[0]!.message).to.contain('the server answered 503 Service Unavailable');
  });

  it('a status text is quoted as the address is: shortened, invisible characters spelled out', async () => {
    // The server's own words: 20,000 characters of them made an 8,000 px error box, and C1 controls (U+0085, U+009B)
    // went into it as they were.
    window.fetch = async () => new Response('oops', { status: 500, statusText: `Bad\x85\x9b${'x'.repeat(20000)}` });
    const r = await loadDocument(DOC_A);
    const message = !r.ok ? r.problems[0]!.message : '';
    expect(message).to.match(/: the server answered 500 Bad\\u0085\\u009Bx+…\.$/);
    expect(message.length).to.be.below(250);
  });

  it('network error or CORS (fetch rejects) → a message about the network or CORS', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const m = await mount(html`<peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => isError(g), 'error shown');
    expect(text(g)).to.contain('the network failed or the server does not allow this page to read it (CORS)');
    // Not the browser's own words, which say nothing more ("Failed to fetch").
    expect(text(g)).not.to.contain('Failed to fetch');
    expect(m.errors).to.have.length(1);
    // The page's listener gets the status beside the message.
    expect(m.errors[0]!.detail.problems[0]!.status).to.equal(0);
  });

  it('a real unreachable origin (connection refused) → the network message', async () => {
    const r = await loadDocument('http://127.0.0.1:1/policy.json');
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.problems[0]!.message).to.contain('Could not load http://127.0.0.1:1/policy.json: the network failed');
  });

  it('a failure to load carries the HTTP status (0 for no answer), so a page need not read the English message', async () => {
    const was = setLoadTimeout(5000);
    try {
      const status = async (src: string) => {
        const r = await loadDocument(src);
        return r.ok ? 'ok' : r.problems.map((p) => p.status);
      };
      expect(await status('/test/fixtures/does-not-exist.json')).to.deep.equal([404]);
      window.fetch = async () => new Response('', { status: 503, statusText: 'Service Unavailable' });
      expect(await status(DOC_A)).to.deep.equal([503]);
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      expect(await status(DOC_A)).to.deep.equal([0]);
      // No status where the server was not asked or did answer: not even as a key, so problems compare as {path, message}.
      const keys = async (src: string) => {
        const r = await loadDocument(src);
        return r.ok ? 'ok' : r.problems.map((p) => Object.keys(p).join());
      };
      expect(await keys('javascript:alert(1)')).to.deep.equal(['path,message']);
      window.fetch = async () => new Response('{');
      expect(await keys(DOC_A)).to.deep.equal(['path,message']);
      // The time limit short only for the held request: a real 404 took over 60 ms on a busy machine, and timed out.
      setLoadTimeout(60);
      holdFetch();
      expect(await keys(DOC_A), 'the timeout').to.deep.equal(['path,message']);
    } finally {
      setLoadTimeout(was);
    }
  });

  it('invalid JSON → a message with line and column', async () => {
    const m = await mount(html`<peakline-gauge src=${INVALID_JSON} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => isError(g), 'error shown');
    // The trailing comma on line 6 is named where it is (the parser stops at the "}" on line 7).
    expect(text(g)).to.contain('is not valid JSON (line 6, column 25): a comma after the last item, before "}": remove it');
    expect(m.errors[0]!.detail.problems[0]!.message).to.match(/line 6, column 25/);
  });

  it('schema errors → every problem with its JSON path', async () => {
    const m = await mount(html`<peakline-gauge src=${SCHEMA_ERRORS} target=${TARGET}></peakline-gauge>`);
    const g = m.gauges[0]!;
    await waitUntil(() => isError(g), 'error shown');
    const problems = m.errors[0]!.detail.problems;
    expect(problems.map((p) => p.path)).to.deep.equal(['formatVersion', 'targets[0].baseline.year', 'observations[1].provenance.source']);
    expect(text(g)).to.contain('3 problems:');
    // The paths' code (the values a message quotes are code too, lang="en").
    const codes = [...g.shadowRoot!.querySelectorAll('[part~="problems"] code:not([lang])')].map((c) => c.textContent);
    expect(codes).to.deep.equal(['formatVersion', 'targets[0].baseline.year', 'observations[1].provenance.source']);
    expect(text(g)).to.contain('must be a number, got "2020" (remove the quotes)');
  });

  it('an empty body → "is empty"', async () => {
    window.fetch = async () => new Response('');
    const r = await loadDocument(DOC_A);
    expect(!r.ok && r.problems[0]!.message).to.contain('is empty: expected a JSON document');
  });

  it('a body that cannot be read → a message, not an exception', async () => {
    window.fetch = async () => {
      const body = new ReadableStream({ start: (c) => c.error(new Error('connection reset')) });
      return new Response(body);
    };
    const r = await loadDocument(DOC_A);
    expect(!r.ok && r.problems[0]!.message).to.contain('Could not read the response');
  });

  it('timeout → failure after the limit, and the hung request is aborted (the 10 s default: src/base/loader.test.ts)', async () => {
    const was = setLoadTimeout(60);
    try {
      const pending = holdFetch();
      const started = performance.now();
      const r = await loadDocument(DOC_A);
      const elapsed = performance.now() - started;
      expect(r.ok).to.equal(false);
      expect(!r.ok && r.problems[0]!.message).to.contain('took longer than 60 ms, so it was stopped');
      expect(elapsed).to.be.at.least(55);
      expect(elapsed).to.be.below(2000);
      expect(pending[0]!.signal?.aborted, 'hung request aborted').to.equal(true);
    } finally {
      setLoadTimeout(was);
    }
  });

  it('setLoadTimeout changes the limit a widget\'s request has (10 s), and gives back the one it replaced', async () => {
    const was = setLoadTimeout(60);
    try {
      expect(was).to.equal(10_000);
      holdFetch();
      const r = await loadDocument(DOC_A);
      expect(!r.ok && r.problems[0]!.message).to.contain('took longer than 60 ms, so it was stopped');
    } finally {
      expect(setLoadTimeout(was)).to.equal(60);
    }
  });

  it('a non-http(s) src is never fetched', async () => {
    const calls = spyOnFetch();
    for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      const r = await loadDocument(url);
      expect(r.ok).to.equal(false);
      expect(!r.ok && r.problems[0]!.message).to.equal(`"${url}" is not an http(s) address, so it was not loaded.`);
    }
    expect(calls).to.have.length(0);
  });

  it('echoes a long address cut to 80 characters, in every kind of failure', async () => {
    const data = `data:application/json,${'%20'.repeat(10000)}{}`;
    const r = await loadDocument(data);
    expect(!r.ok && r.problems[0]!.message).to.equal(`"${data.slice(0, 77)}…" is not an http(s) address, so it was not loaded.`);
    const long = `/test/fixtures/${'x'.repeat(5000)}.json.txt`;
    const missing = await loadDocument(long);
    const message = !missing.ok ? missing.problems[0]!.message : '';
    expect(message).to.match(/^Could not load http:\/\/[^ ]{60,76}…: the server answered 404/);
    expect(message.length).to.be.below(140);
  });

  it('loadDocument never rejects', async () => {
    window.fetch = () => {
      throw new Error('synchronous throw');
    };
    const r = await loadDocument(DOC_A);
    expect(r.ok).to.equal(false);
  });
});

describe("loader: a failure to load is said in each widget's language", () => {
  const abs = (src: string) => new URL(src, location.href).href;
  /** The error box's problems, as shown. */
  const items = (g: Element) => [...g.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

  /**
   * An English and a Chinese gauge with the same `src` (one request): each box and each event says the failure in the
   * widget's language, as the widget's own problems are (not marked English, no "说明为英文" line), with the status kept.
   */
  async function both(src: string | null, en: string, zh: string, status?: number) {
    const attrs = (lang: string) => html`<peakline-gauge lang=${lang} src=${src ?? nothing} target=${TARGET}></peakline-gauge>`;
    const m = await mount(html`${attrs('en')}${attrs('zh')}`);
    const [g, z] = m.gauges as [PeaklineGauge, PeaklineGauge];
    await waitUntil(() => isError(g) && isError(z), 'both error boxes', { timeout: 3000 });
    expect(items(g)).to.deep.equal([en]);
    expect(items(z)).to.deep.equal([zh]);
    expect(text(z)).to.contain('发现1个问题：');
    expect(text(z)).not.to.contain('说明为英文');
    for (const el of [g, z]) expect(el.shadowRoot!.querySelector('[part~="problems"]')!.hasAttribute('lang'), el.lang).to.equal(false);
    expect(m.errors.map((e) => e.detail.problems)).to.deep.equal([
      [{ path: '', message: en, ...(status === undefined ? {} : { status }) }],
      [{ path: '', message: zh, ...(status === undefined ? {} : { status }) }],
    ]);
    // A widget whose language changes afterwards says it in the new one (and announces nothing new).
    z.lang = 'en';
    await waitUntil(() => items(z)[0] === en, 'said again in English', { timeout: 2000 });
    expect(m.errors).to.have.length(2);
    return m;
  }

  it('no data at all', async () => {
    await both(
      null,
      'No data: set the data property, add a <script type="application/json"> inside, set src, or wrap in <peakline-data src="…">.',
      '没有数据：请设置 data 属性，在元素内添加 <script type="application/json">，设置 src，或将其放入 <peakline-data src="…"> 中。',
    );
  });

  it('an address that is not http(s), shortened', async () => {
    const src = `${'a'.repeat(5000)}:foo`;
    await both(src, `"${'a'.repeat(77)}…" is not an http(s) address, so it was not loaded.`, `"${'a'.repeat(77)}…" 不是 http(s) 网址，因此未加载。`);
  });

  it('the network or CORS (status 0)', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const url = abs(DOC_A);
    await both(DOC_A, `Could not load ${url}: the network failed or the server does not allow this page to read it (CORS).`, `无法加载 ${url}：网络故障，或服务器不允许此页面读取（CORS）。`, 0);
  });

  it('HTTP 404 from the server', async () => {
    const url = abs(MISSING);
    await both(MISSING, `Could not load ${url}: the server answered 404 Not Found.`, `无法加载 ${url}：服务器返回 404。`, 404);
  });

  it('HTTP 500 with a long status text, shortened, its invisible characters spelled out', async () => {
    window.fetch = async () => new Response('oops', { status: 500, statusText: `Bad\x85${'x'.repeat(20000)}` });
    const url = abs(DOC_A);
    const said = `500 Bad\\u0085${'x'.repeat(69)}…`;
    // (In Chinese, the number alone: the server's words are English.)
    await both(DOC_A, `Could not load ${url}: the server answered ${said}.`, `无法加载 ${url}：服务器返回 500。`, 500);
  });

  it('a long address, shortened in both', async () => {
    const long = `/test/fixtures/${'x'.repeat(5000)}.json.txt`;
    const url = `${abs(long).slice(0, 77)}…`;
    await both(long, `Could not load ${url}: the server answered 404 Not Found.`, `无法加载 ${url}：服务器返回 404。`, 404);
  });

  it('a body that cannot be read', async () => {
    window.fetch = async () => new Response(new ReadableStream({ start: (c) => c.error(new Error('connection reset')) }));
    const url = abs(DOC_A);
    await both(DOC_A, `Could not read the response from ${url}.`, `无法读取 ${url} 的响应。`);
  });

  it('no answer in time (no status)', async () => {
    const was = setLoadTimeout(60);
    try {
      holdFetch();
      const url = abs(DOC_A);
      await both(DOC_A, `Loading ${url} took longer than 60 ms, so it was stopped.`, `加载 ${url} 超过60毫秒，已停止。`);
    } finally {
      setLoadTimeout(was);
    }
  });

  it('the loader itself says it in English, for the embed builder and <peakline-data>\'s own event', async () => {
    window.fetch = async () => new Response('', { status: 404, statusText: 'Not Found' });
    const r = await loadDocument(DOC_A);
    expect(!r.ok && r.problems).to.deep.equal([{ path: '', message: `Could not load ${abs(DOC_A)}: the server answered 404 Not Found.`, status: 404 }]);
    expect(!r.ok && r.failure).to.deep.equal(['http', abs(DOC_A), '404 Not Found']);
    const timeout = await loadDocument('/x.json').then(() => loadDocument('ftp://x'));
    expect(!timeout.ok && timeout.failure).to.deep.equal(['scheme', 'ftp://x']);
  });

  it('one <peakline-data> for widgets of two languages: each says it in its own; the provider\'s event is English', async () => {
    const url = abs(MISSING);
    const provider: CustomEvent<PeaklineErrorDetail>[] = [];
    const m = await mount(html`<peakline-data src=${MISSING} @peakline-error=${(e: CustomEvent<PeaklineErrorDetail>) => e.target === e.currentTarget && provider.push(e)}>
      <peakline-gauge target=${TARGET}></peakline-gauge>
      <div lang="zh-CN"><peakline-gauge target=${TARGET}></peakline-gauge></div>
    </peakline-data>`);
    const [g, z] = m.gauges as [PeaklineGauge, PeaklineGauge];
    await waitUntil(() => isError(g) && isError(z), 'both error boxes', { timeout: 3000 });
    expect(items(g)).to.deep.equal([`Could not load ${url}: the server answered 404 Not Found.`]);
    expect(items(z)).to.deep.equal([`无法加载 ${url}：服务器返回 404。`]);
    expect(m.errors.map((e) => [e.target, e.detail.problems[0]!.message, e.detail.problems[0]!.status])).to.deep.equal([
      [g, `Could not load ${url}: the server answered 404 Not Found.`, 404],
      [z, `无法加载 ${url}：服务器返回 404。`, 404],
    ]);
    expect(provider.map((e) => e.detail.problems)).to.deep.equal([[{ path: '', message: `Could not load ${url}: the server answered 404 Not Found.`, status: 404 }]]);
  });

  it("malformed JSON or a web page in place of the data: the validator's problems, in English on a Chinese widget, marked so (a known gap)", async () => {
    for (const [body, said] of [
      ['{"formatVersion": 1,\n "policy": {,}', "(document): is not valid JSON (line 2, column 13): Expected property name or '}'"],
      ['<!doctype html><p>Not found</p>', '(document): is HTML, not JSON (a web page rather than the data file?)'],
    ]) {
      clearLoadCache();
      window.fetch = async () => new Response(body);
      const m = await mount(html`<peakline-gauge lang="zh" src=${DOC_A} target=${TARGET}></peakline-gauge>`);
      const z = m.gauges[0]!;
      await waitUntil(() => isError(z), 'error box', { timeout: 3000 });
      expect(items(z)).to.deep.equal([said]);
      expect(text(z)).to.contain('说明为英文，可在嵌入代码生成器中查看中文说明');
      expect(z.shadowRoot!.querySelector('[part~="problems"]')!.getAttribute('lang')).to.equal('en');
    }
  });
});

describe('loader: isolation', () => {
  it('a broken widget never affects its neighbour', async () => {
    const m = await mount(
      html`<peakline-gauge src=${SCHEMA_ERRORS} target=${TARGET}></peakline-gauge><peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge><peakline-gauge src=${MISSING} target=${TARGET}></peakline-gauge>`,
    );
    const [bad, good, missing] = m.gauges as [PeaklineGauge, PeaklineGauge, PeaklineGauge];
    await waitUntil(() => isError(bad) && isReady(good) && isError(missing), 'all settled');
    expect(text(good)).to.contain('Fixture A');
    expect(good.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('−6.8%');
    expect(m.errors).to.have.length(2);
    expect(m.ready).to.have.length(1);
    expect(m.errors.map((e) => e.target)).to.have.members([bad, missing]);
  });

  it('the same document for two targets: one unknown target id does not break the other', async () => {
    const m = await mount(html`<peakline-gauge src=${DOC_A} target="no-such-target"></peakline-gauge><peakline-gauge src=${DOC_A} target=${TARGET}></peakline-gauge>`);
    const [bad, good] = m.gauges as [PeaklineGauge, PeaklineGauge];
    await waitUntil(() => isError(bad) && isReady(good));
    expect(text(bad)).to.contain('target="no-such-target": this dataset has no target with that id');
    expect(text(good)).to.contain('−6.8%');
  });
});
