import { expect, waitFor } from 'storybook/test';
import { toLang } from '../src/i18n/lang.js';
import { messages } from '../src/i18n/messages.js';

/**
 * For "update failed" stories: every widget `tag` in the story still draws its chart (`chart`: a selector inside its
 * shadow root), shows no error box, and says "Not updated: …" in its footer, in its own language, with `why`.
 */
export async function expectKept(canvasElement: HTMLElement, tag: string, chart: string, why: RegExp): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll<HTMLElement>(tag)];
  await expect(widgets.length).toBeGreaterThan(0);
  await waitFor(() => {
    for (const w of widgets) expect(w.shadowRoot?.querySelector('[part~="stale"]')).not.toBeNull();
  });
  for (const w of widgets) {
    const root = w.shadowRoot!;
    const lang = toLang(w.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
    await expect(root.querySelector('[role="alert"]')).toBeNull();
    await expect(root.querySelector(chart)).not.toBeNull();
    const note = root.querySelector('[part~="stale"]')!.textContent!;
    await expect(note.startsWith(messages(lang).states.notUpdated)).toBe(true);
    await expect(note).toMatch(why);
  }
}
