import { expect, waitFor } from 'storybook/test';
import { toLang } from '../src/i18n/lang.js';
import { messages } from '../src/i18n/messages.js';
import type { Status } from '../src/progress/status.js';

/**
 * For stories named after a status: checks the status the story's widget (`tag`) shows, in its own language
 * ("Achieved" in English), so the story fails when the data behind it no longer has that status. `name` checks one of
 * the names an `achieved` status goes by instead ("Achieved late", "Achieved (no longer met)").
 */
export async function expectStatus(canvasElement: HTMLElement, tag: string, status: Status, name?: 'achievedLate' | 'achievedKept'): Promise<void> {
  const host = canvasElement.querySelector(tag) as HTMLElement;
  await waitFor(() => expect(host.shadowRoot?.querySelector('[part="status"]')).not.toBeNull());
  const chip = host.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
  const lang = toLang(host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  await expect(chip.dataset.status).toBe(status);
  await expect(chip.textContent!.trim()).toBe(name ? messages(lang)[name] : messages(lang).status[status]);
}
