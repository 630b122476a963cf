/** Resolving source references and deciding which links are safe to render. Pure. */
import type { Observation, PolicyDocument, Source, SourceRef, Target } from './types.js';

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

/** The sources a widget cites: where the target is set, and where its data come from (deduplicated). */
export function citedSources(doc: PolicyDocument, target: Target, observations: readonly Observation[]): CitedSources {
  const targetSource = resolveSource(doc, target.source) ?? resolveSource(doc, doc.policy.documents?.[0]);
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
