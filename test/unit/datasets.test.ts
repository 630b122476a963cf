/// <reference types="vite/client" />
/**
 * The datasets shipped in `data/`: every `data/*.json` must validate, every observation must
 * cite a source that resolves to a web address, and the real datasets must assess cleanly.
 * The folder is globbed, so datasets added later are picked up without editing this file.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Problem, SourceRef } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';
import { assess, METHODS } from '../../src/progress/assess.js';
import { STATUSES } from '../../src/progress/status.js';
import { LANGS } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';

const modules = import.meta.glob('../../data/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const datasets = new Map(Object.entries(modules).map(([path, json]) => [path.slice(path.lastIndexOf('/') + 1), json]));
const names = [...datasets.keys()].sort();

const show = (problems: readonly Problem[]) => problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n');

/** Validates a dataset, failing the calling test with its problems listed if it is not valid. */
function load(name: string): PolicyDocument {
  const r = validate(datasets.get(name));
  expect(r.problems, `${name} has problems:\n${show(r.problems)}`).toEqual([]);
  expect(r.ok).toBe(true);
  return r.data!;
}

/** The URL a source reference leads to, or undefined if it does not resolve. */
function urlOf(doc: PolicyDocument, ref: SourceRef): string | undefined {
  if (typeof ref === 'string') return doc.sources?.find((s) => s.id === ref)?.url;
  return ref.url;
}

function isWebUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

describe('data/*.json', () => {
  it('there is at least one dataset', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  describe.each(names)('%s', (name) => {
    it('validates', () => {
      load(name);
    });

    it('every observation cites a source that resolves to an http(s) URL', () => {
      const doc = load(name);
      const bad = (doc.observations ?? [])
        .map((o, i) => ({ i, url: urlOf(doc, o.provenance.source) }))
        .filter(({ url }) => !isWebUrl(url))
        .map(({ i, url }) => `observations[${i}]: ${String(url)}`);
      expect(bad).toEqual([]);
    });

    it('its Chinese texts set Latin words and code apart with a space, as the widgets\' own Chinese does ("经 Our World in Data 发布", "`co2` 列")', () => {
      const texts: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'zh' && typeof x === 'string' ? texts.push(x) : walk(x);
      };
      walk(datasets.get(name));
      expect(texts.flatMap((t) => t.match(/.{0,8}(?:\p{sc=Han}[A-Za-z`]|[A-Za-z`]\p{sc=Han}).{0,8}/gu) ?? [])).toEqual([]);
    });

    it('every target assesses without throwing, in every language and method', () => {
      const doc = load(name);
      for (const target of doc.targets) {
        for (const lang of LANGS) {
          for (const method of METHODS) {
            const a = assess(doc, target.id, { lang, method });
            expect(a, `${target.id} ${lang} ${method}`).not.toBeNull();
            expect(STATUSES).toContain(a!.status);
            expect(a!.explanation.length, `${target.id} ${lang} ${method}`).toBeGreaterThan(0);
            if (a!.ratio !== null) expect(Number.isFinite(a!.ratio), `${target.id} ${lang} ${method} ratio`).toBe(true);
          }
        }
      }
    });
  });
});

describe.skipIf(!datasets.has('illustrative-demo.json'))('data/illustrative-demo.json', () => {
  it('marks every observation as illustrative', () => {
    const doc = load('illustrative-demo.json');
    expect((doc.observations ?? []).length).toBeGreaterThan(0);
    const notIllustrative = (doc.observations ?? [])
      .map((o, i) => ({ i, status: o.provenance.status }))
      .filter((o) => o.status !== 'illustrative');
    expect(notIllustrative).toEqual([]);
  });

  it('each target\'s note says the status it shows, in the status\'s own words in both languages', () => {
    // "Designed to be achieved already" stood beside an "Off track" clinker target, and 需要加快 beside 需要加速.
    const doc = load('illustrative-demo.json');
    for (const target of doc.targets) {
      const status = assess(doc, target.id, { lang: 'en' })!.status;
      const note = target.note as { en: string; zh: string };
      const en = { achieved: 'achieved', 'on-track': 'on track', 'needs-acceleration': 'need acceleration', 'off-track': 'off track', 'wrong-direction': 'wrong direction', 'insufficient-data': 'insufficient data' }[status];
      expect(note.en, target.id).toContain(en);
      expect(note.zh, target.id).toContain(messages('zh').status[status]);
    }
  });
});

describe.skipIf(!datasets.has('cn-industry-carbon-peaking-2022.json'))('data/cn-industry-carbon-peaking-2022.json', () => {
  const name = 'cn-industry-carbon-peaking-2022.json';

  it('assesses every target in English and Chinese', () => {
    const doc = load(name);
    expect(doc.targets.length).toBeGreaterThan(0);
    for (const target of doc.targets) {
      for (const lang of LANGS) {
        let a: ReturnType<typeof assess> = null;
        expect(() => (a = assess(doc, target.id, { lang })), `${target.id} (${lang})`).not.toThrow();
        expect(a, `${target.id} (${lang})`).not.toBeNull();
        expect(a!.targetId).toBe(target.id);
        expect(a!.explanation.length).toBeGreaterThan(0);
      }
      const en = assess(doc, target.id, { lang: 'en' })!;
      const zh = assess(doc, target.id, { lang: 'zh' })!;
      // The language changes the words, not the verdict.
      expect(zh.status).toBe(en.status);
      expect(zh.ratio).toBe(en.ratio);
      expect(zh.explanation).not.toBe(en.explanation);
    }
  });

  it('targets whose indicator has no observations are insufficient-data', () => {
    const doc = load(name);
    const observed = new Set((doc.observations ?? []).map((o) => o.indicator));
    const unobserved = doc.targets.filter((t) => !observed.has(t.indicator));
    for (const target of unobserved) {
      const a = assess(doc, target.id)!;
      expect(a.status, target.id).toBe('insufficient-data');
      expect(a.latest).toBeNull();
      expect(a.ratio).toBeNull();
    }
  });
});
