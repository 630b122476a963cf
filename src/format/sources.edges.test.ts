/** Which links a widget may render and which sources it cites (from a mutation run of sources.ts). */
import { describe, expect, it } from 'vitest';
import type { Observation, PolicyDocument, Source } from './types.js';
import { citedSources, parseUrl, resolveSource, safeUrl } from './sources.js';

describe('safeUrl', () => {
  it('only http(s) addresses are rendered: javascript:, data: and mailto: links give null', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeUrl('mailto:someone@example.org')).toBeNull();
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
  });

  it('an empty address, or one that is not absolute, gives null', () => {
    expect(safeUrl('')).toBeNull();
    expect(safeUrl('/plan.html')).toBeNull();
  });
});

describe('parseUrl and resolveSource: "none" is null, as their types say', () => {
  const doc = { sources: [{ id: 'plan', title: 'Plan', url: 'https://example.org/plan' }] } as unknown as PolicyDocument;
  it('parseUrl of a relative path is null', () => {
    expect(parseUrl('plan.html')).toBeNull();
  });
  it('resolveSource: no reference, or an id no source has, is null; an inline source is itself', () => {
    expect(resolveSource(doc, undefined)).toBeNull();
    expect(resolveSource(doc, 'missing')).toBeNull();
    const inline: Source = { title: 'Inline', url: 'https://example.org/inline' };
    expect(resolveSource(doc, inline)).toBe(inline);
  });
});

describe('citedSources', () => {
  const src = (id: string): Source => ({ id, title: id, url: `https://example.org/${id}` });
  const doc = {
    policy: { id: 'p', title: 'P', jurisdiction: 'X', documents: ['law', 'annex'] },
    sources: [src('law'), src('annex'), src('stats')],
  } as unknown as PolicyDocument;
  const obs = (source: Observation['provenance']['source']): Observation => ({ indicator: 'i', year: 2022, value: 1, provenance: { status: 'official', source } });

  it('a target without a source of its own cites the policy\'s first document ("law", not "annex")', () => {
    expect(citedSources(doc, [undefined], []).targets.map((s) => s.id)).toEqual(['law']);
  });

  it('a source given in place (an object, not an id) is cited as it is', () => {
    const inline: Source = { title: 'Gazette', url: 'https://example.org/gazette' };
    expect(citedSources(doc, [inline], [obs(inline)])).toEqual({ targets: [inline], data: [inline] });
  });
});
