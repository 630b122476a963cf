/**
 * Helpers for the tests that put the BUILT bundle (dist/peakline.js) on real host pages
 * (test/pages/*.html), each loaded in an iframe of the wtr test page. The pages load
 * test/pages/record.js first, which records warnings, errors, CSP violations and the widgets'
 * peakline-ready / peakline-error events in `window.__peaklineTest`.
 *
 * Not a test file itself (wtr runs *.test.ts only).
 */
import { expect } from '@open-wc/testing';

/** What test/pages/record.js collects on a host page. */
export interface Recorded {
  warns: string[];
  errors: string[];
  violations: { directive: string; blockedURI: string; sample: string; source: string; target: string }[];
  ready: string[];
  failed: string[];
}

export type HostWindow = Window &
  typeof globalThis & {
    __peaklineTest: Recorded;
    Peakline?: { validate: (v: unknown) => { ok: boolean; problems: unknown[] }; assess: (...a: unknown[]) => unknown; version: string };
  };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  rec: Recorded;
  /** Every defined Peakline widget on the page (all peakline-* elements but <peakline-data>). */
  widgets: HTMLElement[];
  remove(): void;
}

/** The raw bundle. "%2E" is ".": it makes the wtr dev server serve the file as built instead of rewriting it. */
export const BUNDLE_URL = '/dist/peakline%2Ejs';

/** Fails with the fix in the message when dist/peakline.js has not been built. */
export async function requireBundle(): Promise<void> {
  const res = await fetch(BUNDLE_URL, { method: 'HEAD', cache: 'no-store' });
  if (res.status === 404) throw new Error('dist/peakline.js is missing: run npm run build:bundle first (test:browser must be preceded by build:bundle).');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

function widgetsOf(doc: Document, win: Window): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('*')).filter(
    (el) => el.localName.startsWith('peakline-') && el.localName !== 'peakline-data' && win.customElements.get(el.localName),
  );
}

/**
 * Loads a host page in an iframe of the given size and waits until every widget has fired
 * peakline-ready or peakline-error (widgets need an id), then for two more frames.
 */
export async function openHostPage(path: string, { width = 800, height = 1200 } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  const rec = await until(`test/pages/record.js on ${path}`, () => win.__peaklineTest);
  const widgets = await until(`widgets on ${path} to settle`, () => {
    const all = widgetsOf(doc, win);
    const done = (el: HTMLElement) => {
      const name = `${el.localName}#${el.id}`;
      return rec.ready.includes(name) || rec.failed.some((f) => f.startsWith(`${name}:`));
    };
    return all.length > 0 && all.every(done) ? all : null;
  });
  // Two frames for late layout work; a timer as well, because wtr runs test files in parallel
  // pages and a page in the background gets no animation frames.
  await Promise.race([new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r))), sleep(100)]);
  return { frame, win, doc, rec, widgets, remove: () => frame.remove() };
}

/** The element in a widget's shadow root matching `selector`, or null. */
export function inShadow<T extends Element = Element>(host: Element | null, selector: string): T | null {
  return (host?.shadowRoot?.querySelector(selector) as T | null) ?? null;
}

/** A px length from a computed style (`'16px'` → 16). */
export const px = (v: string): number => Number.parseFloat(v);

/** Loads the raw text of a bundle (dist/peakline.js unless told). */
export async function bundleText(url = BUNDLE_URL): Promise<string> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.text();
}

/**
 * What in a bundle's text would stop it running from a classic <script src>: 'static import',
 * 'dynamic import', 'import.meta' or 'export'. Empty for a self-contained script.
 */
export function moduleSyntax(text: string): string[] {
  // The patterns are built from strings: the dev server's module lexer would take an
  // "import" inside a regular-expression literal in this file for a real import.
  // import "x" · import {a} from "x" · import * as a from "x" · import a from "x" (no nested quantifiers: the text is 170 KB).
  const staticImport = new RegExp('(?:^|[;}\\s])import\\s*(?:\\{[^}]*\\}\\s*from\\s*|\\*\\s*as\\s+[\\w$]+\\s+from\\s*|[\\w$]+\\s+from\\s*)?["\'`][^"\'`\\n]+["\'`]', 'm');
  const dynamicImport = new RegExp('\\bimport\\s*\\(');
  const exportStatement = new RegExp('(?:^|[;}\\n])\\s*export\\s*[{*\\w]');
  return [
    staticImport.test(text) && 'static import',
    dynamicImport.test(text) && 'dynamic import',
    text.includes(['import', 'meta'].join('.')) && 'import.meta',
    exportStatement.test(text) && 'export',
  ].filter((x): x is string => !!x);
}

/** window.Peakline on a host page: frozen, the package's version, validate and assess working. */
export async function checkApi(p: HostPage): Promise<void> {
  const api = p.win.Peakline!;
  expect(api, 'window.Peakline').to.be.an('object');
  expect(Object.isFrozen(api)).to.equal(true);
  const pkg = (await (await fetch('/package%2Ejson')).json()) as { version: string };
  expect(api.version).to.equal(pkg.version);
  const doc = (await (await fetch('/data/illustrative-demo%2Ejson')).json()) as unknown;
  const ok = api.validate(doc);
  expect(ok.ok, JSON.stringify(ok.problems)).to.equal(true);
  const bad = api.validate('{"formatVersion": 1,');
  expect(bad.ok).to.equal(false);
  expect(bad.problems.length).to.be.greaterThan(0);
  const assessment = api.assess(doc, 'renewable-electricity-60-2030') as { status: string };
  expect(['achieved', 'on-track', 'needs-acceleration', 'off-track', 'wrong-direction', 'insufficient-data']).to.include(assessment.status);
}

