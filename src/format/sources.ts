/** Resolving source references and deciding which links are safe to render. Pure. */
import type { Observation, PolicyDocument, Source, SourceRef } from './types.js';

/** Parses an absolute address; null when it is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Returns the URL if it is an absolute http(s) address, else null (never render anything else). */
export function safeUrl(url: string | undefined): string | null {
  const u = url ? parseUrl(url) : null;
  return u && /^https?:$/.test(u.protocol) ? u.href : null;
}

export function resolveSource(doc: PolicyDocument, ref: SourceRef | undefined): Source | null {
  if (ref === undefined) return null;
  if (typeof ref !== 'string') return ref;
  return doc.sources?.find((s) => s.id === ref) ?? null;
}

/** The sources a widget cites: where its targets are set, and where their data come from. */
export interface CitedSources {
  readonly target: Source | null;
  readonly data: readonly Source[];
}

/**
 * The sources a widget cites: where the target is set (`targetRef`, a target's own source; else,
 * as for a panel of targets, the policy's first document), and where the observations shown come
 * from (deduplicated by URL, in order of first use).
 */
export function citedSources(doc: PolicyDocument, targetRef: SourceRef | undefined, observations: readonly Observation[]): CitedSources {
  const targetSource = resolveSource(doc, targetRef) ?? resolveSource(doc, doc.policy.documents?.[0]);
  const seen = new Set<string>();
  const data: Source[] = [];
  for (const o of observations) {
    const s = resolveSource(doc, o.provenance.source);
    if (!s || seen.has(s.url)) continue;
    seen.add(s.url);
    data.push(s);
  }
  return { target: targetSource, data };
}
