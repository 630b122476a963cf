import { expect, waitFor } from 'storybook/test';
import { dark, light } from '../src/theme/tokens.js';

/**
 * For stories named after a theme: checks that the story's widget (`tag`) draws its frame in that theme's background, so a
 * Dark story fails if its widget is drawn light (its theme not reaching the element).
 */
export async function expectTheme(canvasElement: HTMLElement, tag: string, theme: 'light' | 'dark'): Promise<void> {
  const host = canvasElement.querySelector(tag) as HTMLElement;
  await waitFor(() => expect(host.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy="true"])')).not.toBeNull());
  // The colour as the browser computes it (rgb()), whatever notation the token is written in.
  const probe = document.createElement('div');
  probe.style.backgroundColor = (theme === 'dark' ? dark : light).background;
  canvasElement.append(probe);
  const expected = getComputedStyle(probe).backgroundColor;
  probe.remove();
  await expect(getComputedStyle(host.shadowRoot!.querySelector('[part~="frame"]')!).backgroundColor).toBe(expected);
}
