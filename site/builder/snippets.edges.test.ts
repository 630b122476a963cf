/** Snippet details the builder relies on (from a mutation run of snippets.ts). */
import { describe, expect, it } from 'vitest';
import { attributes, iframeHeight, scriptFile, snippetIframe } from './snippets.js';

describe('snippets', () => {
  it('a sector panel with an empty sector list has no sectors="" attribute (it shows every sector)', () => {
    expect(attributes({ widget: 'sectors', sectors: [] })).toEqual([]);
  });

  it('a snippet loads the one-widget bundle of its widget', () => {
    expect(scriptFile('gauge')).toBe('peakline-gauge.js');
    expect(scriptFile('sectors')).toBe('peakline-sectors.js');
  });

  it('with no measured height (none, or none finite), the iframe height falls back, and the iframe\'s default is that same fallback', () => {
    expect(iframeHeight([])).toBe(480);
    expect(iframeHeight([Number.NaN])).toBe(480);
    expect(snippetIframe({ widget: 'gauge' }, 'https://x/embed.html', 'T')).toContain(`height="${iframeHeight([])}"`);
  });
});
