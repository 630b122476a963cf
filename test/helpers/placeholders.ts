import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `el`'s loading box shows its placeholders: they come PLACEHOLDER_DELAY_MS after the wait for data began
 * (before that the box is the frame alone), and a test that measures them must wait for them.
 */
export async function placeholders(el: Element): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="true"] .skeleton'), 'the loading box shows its placeholders', { timeout: 2000 });
}
