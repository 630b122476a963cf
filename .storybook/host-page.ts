import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** Article pages to preview the widgets in: Peakline inherits the page's font by default. */
export const HOSTS = {
  plain: { title: 'Plain page (system sans)', background: '#ffffff', color: '#1d1f23', font: 'system-ui, sans-serif', size: '16px' },
  newspaper: { title: 'Newspaper (serif on cream)', background: '#fff8ef', color: '#222222', font: "Georgia, 'Noto Serif SC', 'Songti SC', serif", size: '18px' },
  magazine: { title: 'Magazine (large sans)', background: '#f4f1ea', color: '#111111', font: "'Helvetica Neue', Arial, 'Noto Sans SC', sans-serif", size: '19px' },
  darksite: { title: 'Dark news site', background: '#0d0f14', color: '#e8eaf0', font: 'system-ui, sans-serif', size: '16px' },
} as const;

/** What the decorator reads of Storybook's context. */
interface HostContext {
  globals: Record<string, unknown>;
  viewMode?: string;
}

/**
 * The decorator that puts every story on an article page (the toolbar's Host page, Theme and Language). In the canvas
 * the page is the preview's body.
 */
export function hostPage(story: () => unknown, context: HostContext): unknown {
  const { theme, lang, host } = context.globals as unknown as { theme: string; lang: string; host: keyof typeof HOSTS };
  const h = HOSTS[host] ?? HOSTS.plain;
  document.documentElement.lang = lang;
  // A dark widget on a light page is a real combination, but by default show each theme on a matching page.
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const page = {
    background: dark && host === 'plain' ? '#101217' : h.background,
    color: dark && host === 'plain' ? '#eceef2' : h.color,
    'font-family': h.font,
    'font-size': h.size,
  };
  // A docs page shows every story on one page: each is drawn on its own article page, a box around it (the Dark
  // stories were dark widgets on the white docs page, which their descriptions call a dark page), and the docs
  // page's own body is left alone (the last story drawn set its background and font for the whole page).
  for (const [k, v] of Object.entries(page)) document.body.style.setProperty(k, context.viewMode === 'docs' ? null : v);
  return context.viewMode === 'docs' ? html`<div class="host-page" style=${styleMap({ ...page, padding: '16px' })}>${story()}</div>` : story();
}
