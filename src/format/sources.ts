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
export function safeUrl(url: string): string | null {
  // (An empty address is not an absolute one: parseUrl gives null.)
  const u = parseUrl(url);
  return u && /^https?:$/.test(u.protocol) ? u.href : null;
}

export function resolveSource(doc: PolicyDocument, ref: SourceRef | undefined): Source | null {
  if (ref === undefined) return null;
  if (typeof ref !== 'string') return ref;
  return doc.sources?.find((s) => s.id === ref) ?? null;
}

/** The sources a widget cites: where its targets are set, and where their data come from, each deduplicated by address. */
export interface CitedSources {
  readonly targets: readonly Source[];
  readonly data: readonly Source[];
}

/**
 * The sources a widget cites: where each of its targets is set (`targetRefs`: a target's own source, else the policy's
 * first document), and where the observations shown come from; each list deduplicated by address, in order of first use.
 */
export function citedSources(doc: PolicyDocument, targetRefs: readonly (SourceRef | undefined)[], observations: readonly Observation[]): CitedSources {
  const unique = (sources: readonly (Source | null)[]) => {
    const seen = new Set<string>();
    return sources.filter((s): s is Source => !!s && !seen.has(s.url) && !!seen.add(s.url));
  };
  return {
    targets: unique(targetRefs.map((ref) => resolveSource(doc, ref) ?? resolveSource(doc, doc.policy.documents?.[0]))),
    data: unique(observations.map((o) => resolveSource(doc, o.provenance.source))),
  };
}
