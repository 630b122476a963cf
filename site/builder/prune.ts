/**
 * The part of a policy document one embedded widget shows (pure; unit-tested). The inline snippet and the iframe's
 * `#doc=` carry a document, and the whole China one is 42 KB: more than many CMS fields take, and most of it (other
 * targets' observations) the widget never reads. Kept: the policy (its title, summary and documents), every sector
 * (a `sectors` filter names them), the widget's targets in their order, their indicators and observations, and the
 * sources any of those cite (an unfiltered sector panel shows every target, so it keeps them all). Dropped too: `$schema`, a path relative to the data file that means nothing on the page
 * the snippet is pasted into. The result validates whenever the document did (every reference still resolves).
 */
import type { Observation, PolicyDocument, SourceRef, Target } from '../../src/format/types.js';
import { selectTargets } from '../../src/sectors/rows.js';
import type { WidgetChoice } from './snippets.js';

export function pruneFor(doc: PolicyDocument, c: Pick<WidgetChoice, 'widget' | 'target' | 'sectors'>): PolicyDocument {
  const { $schema: _, ...rest } = doc as PolicyDocument & { $schema?: unknown };
  const shown: readonly Target[] =
    c.widget === 'sectors' ? selectTargets(doc, { sectors: [...(c.sectors ?? [])] }) : doc.targets.filter((t) => t.id === c.target);
  // No target to show (an id not in the data): the whole document, so the widget's own error names the choices.
  if (!shown.length) return rest;
  const targets = shown;
  const indicators = new Set(targets.map((t) => t.indicator));
  const observations: readonly Observation[] | undefined = doc.observations?.filter((o) => indicators.has(o.indicator));
  const cited = new Set<string>();
  const cite = (r: SourceRef | undefined) => typeof r === 'string' && cited.add(r);
  doc.policy.documents?.forEach(cite);
  for (const t of targets) cite(t.source);
  for (const o of observations ?? []) cite(o.provenance.source);
  return {
    ...rest,
    ...(doc.sources && { sources: doc.sources.filter((s) => cited.has(s.id ?? '')) }),
    indicators: doc.indicators.filter((i) => indicators.has(i.id)),
    targets,
    ...(observations && { observations }),
  };
}
