/**
 * Storybook's article-page decorator (.storybook/host-page.ts). In the canvas the story's page is the preview's body; on
 * a docs page, where every story of a widget is drawn, each story gets a page of its own around it, and the docs page's
 * body is left alone: the Dark stories ("on a dark page") were dark widgets on the white docs page, and whichever story
 * was drawn last set the whole docs page's background and font.
 */
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { hostPage } from '../../.storybook/host-page.js';

const story = () => html`<p class="story">story</p>`;
const draw = (viewMode: string, globals: Record<string, string>) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(hostPage(story, { viewMode, globals }) as TemplateResult, root);
  return root;
};

describe('Storybook host page', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('canvas: the body is the page (dark theme on the plain page: #101217)', () => {
    const root = draw('story', { theme: 'dark', lang: 'en', host: 'plain' });
    expect(getComputedStyle(document.body).backgroundColor).to.equal('rgb(16, 18, 23)');
    expect(root.querySelector('.host-page')).to.equal(null);
  });

  it('docs: each story on its own page, the body untouched, even after a canvas story styled it', () => {
    draw('story', { theme: 'light', lang: 'en', host: 'newspaper' });
    const dark = draw('docs', { theme: 'dark', lang: 'en', host: 'plain' });
    const cream = draw('docs', { theme: 'light', lang: 'zh', host: 'newspaper' });
    expect(document.body.getAttribute('style') ?? '').to.equal('');
    expect(getComputedStyle(dark.querySelector('.host-page')!).backgroundColor).to.equal('rgb(16, 18, 23)');
    expect(getComputedStyle(dark.querySelector('.host-page')!).color).to.equal('rgb(236, 238, 242)');
    expect(getComputedStyle(cream.querySelector('.host-page')!).backgroundColor).to.equal('rgb(255, 248, 239)');
    expect(getComputedStyle(cream.querySelector('.host-page')!).fontFamily).to.contain('Georgia');
    expect(cream.querySelector('.host-page .story')).to.not.equal(null);
    expect(document.documentElement.lang).to.equal('zh');
  });
});
