/**
 * Walking the ESTree syntax trees that Vite's `this.parse` returns, for the build plugins (scripts/terser-pass.ts,
 * scripts/minify-css-literals.ts).
 */

/** An ESTree node, as far as the plugins read one. */
export type Node = { type?: string; [key: string]: unknown };

/** Calls `visit` on every node of `tree` (any object in it but an array), parents before children. */
export function forEachNode(tree: unknown, visit: (node: Node) => void): void {
  if (!tree || typeof tree !== 'object') return;
  if (!Array.isArray(tree)) visit(tree as Node);
  for (const v of Object.values(tree)) if (v && typeof v === 'object') forEachNode(v, visit);
}

/** Adds to `into` every word of `text` (a name-like run: what a property name could be). */
export function addWords(text: string, into: Set<string>): void {
  for (const [word] of text.matchAll(/[A-Za-z_$][\w$]*/g)) into.add(word);
}

/** Adds to `into` every word (a name-like run) of the strings and template texts in `tree`; with `names`, its identifiers too. */
export function treeWords(tree: unknown, into: Set<string>, names = false): void {
  forEachNode(tree, (n) => {
    if (names && n.type === 'Identifier' && typeof n.name === 'string') into.add(n.name);
    const text = n.type === 'Literal' ? n.value : n.type === 'TemplateElement' ? (n.value as { raw: string }).raw : null;
    if (typeof text === 'string') addWords(text, into);
  });
}
