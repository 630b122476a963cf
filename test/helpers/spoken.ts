/**
 * What a screen reader is given to read on the page: the text nodes of the accessibility tree Chromium builds, in
 * reading order. Unlike the DOM, it leaves out what is aria-hidden or skipped by CSS (display: none,
 * content-visibility), and keeps what is only visually hidden (.sr-only).
 */
import { a11ySnapshot } from '@web/test-runner-commands';

type Node = { role: string; name: string; children?: Node[] };

export async function spokenTexts(): Promise<string[]> {
  const texts: string[] = [];
  const walk = (n: Node) => {
    if (n.role === 'StaticText') texts.push(n.name);
    n.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as Node);
  return texts;
}
