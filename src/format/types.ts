/**
 * Peakline policy-data format, version 1.
 *
 * One JSON document describes one policy: its metadata, sectors, indicators,
 * targets and the observations that show how far each indicator has moved.
 * The JSON Schema in `data/schema/peakline-policy.v1.schema.json` mirrors these
 * types for editor autocompletion; `validate()` in `./validate.ts` is the
 * authority at run time (it also checks semantics the schema cannot express).
 *
 * Design notes:
 * - Hand-written documents come first: localised text may be a plain string
 *   (taken as English) or an object keyed by BCP 47 language (`{"en": …, "zh": …}`).
 * - Sources are written once in the top-level `sources` list and referenced by
 *   id, or written inline where they are used.
 * - Nothing in this file touches the DOM.
 */

/** Text in one or more languages. A plain string is read as English. */
export type LocalizedText = string | { readonly [lang: string]: string };

/**
 * How directly a source reports the figure: `P` a page of the government body itself; `S1` a state news agency or
 * state media reporting an official release; `S2` trade press, foreign media, reposts, aggregators or blogs.
 */
export type SourceTier = 'P' | 'S1' | 'S2';

/** A citable document: a law, a plan, a statistical release or a dataset. */
export interface Source {
  /** Referenced from elsewhere in the document (required only in the top-level list). */
  readonly id?: string;
  readonly title: LocalizedText;
  /** Only `http:` and `https:` URLs are accepted. */
  readonly url: string;
  readonly publisher?: LocalizedText;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  readonly published?: string;
  readonly tier?: SourceTier;
  /** The shortest verbatim clause that carries the number. */
  readonly quote?: string;
  readonly licence?: string;
}

/** Either the id of an entry in the document's `sources`, or a source written inline. */
export type SourceRef = string | Source;

export type LegalStatus = 'law' | 'policy' | 'pledge';
export type Direction = 'lower' | 'higher';
export type Method = 'path' | 'rate' | 'extrapolation';
export type ObservationStatus = 'official' | 'estimate' | 'illustrative';

export interface Task {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

export interface Policy {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  /** Who the policy binds: an ISO 3166 code (`CN`), `EU`, or a name. */
  readonly jurisdiction: string;
  /** Issuing bodies, e.g. MIIT, NDRC, MEE. */
  readonly issuers?: readonly LocalizedText[];
  /** Publication date, `YYYY-MM-DD`. */
  readonly published?: string;
  /** The policy's own documents. The first one is the widgets' default source link. */
  readonly documents?: readonly SourceRef[];
  /** Tasks or pillars of the plan. */
  readonly tasks?: readonly Task[];
}

export interface Sector {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface Indicator {
  readonly id: string;
  readonly label: LocalizedText;
  /** Unit as read by people, e.g. `{"en": "Mt per year", "zh": "百万吨/年"}`. */
  readonly unit: LocalizedText;
  /** Which direction is better. */
  readonly better: Direction;
  readonly sector?: string;
  readonly description?: LocalizedText;
}

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export interface Baseline {
  readonly year: number;
  /** May be omitted for absolute, count and peak targets whose starting level is unknown. */
  readonly value?: number;
}

export interface Milestone extends YearValue {
  readonly label?: LocalizedText;
}

/** "−13.5% vs the baseline by 2025". `change` is in percent of the baseline value. */
export interface RelativeGoal {
  readonly kind: 'relative';
  readonly change: number;
  readonly year: number;
}

export type Comparison = 'at-least' | 'at-most' | 'about';

/** "≥ 180 Mt/yr by 2025", "≤ 2,194 Mt", "about 1.8 bn t". */
export interface AbsoluteGoal {
  readonly kind: 'absolute';
  readonly value: number;
  readonly comparison: Comparison;
  readonly year: number;
  /** For `about`: the accepted band, in percent of `value` either side (default 5, but at most half the way from the baseline; see `aboutTolerance`). */
  readonly tolerance?: number;
}

/** "Emissions peak before 2030". */
export interface PeakGoal {
  readonly kind: 'peak';
  readonly year: number;
}

/** "100 standards by 2027, 200 by 2030": the final count; interim counts go in `milestones`. */
export interface CountGoal {
  readonly kind: 'count';
  readonly value: number;
  readonly year: number;
}

/** A ceiling for each year, e.g. a law's annual emission allowances per sector. */
export interface CapGoal {
  readonly kind: 'cap';
  /** One allowance per year, in ascending years. The goal's year is the last one. */
  readonly allowances: readonly YearValue[];
}

export type Goal = RelativeGoal | AbsoluteGoal | PeakGoal | CountGoal | CapGoal;
export type GoalKind = Goal['kind'];

/** Classification thresholds on the method's ratio (see METHODS.md). Ratios, not percentages: 0.95, not 95. */
export interface Thresholds {
  /** Ratio at or above which a target is on track (default 0.95). */
  readonly onTrack?: number;
  /** Ratio at or above which a target needs acceleration (default 0.6). */
  readonly needsAcceleration?: number;
}

export interface Target {
  readonly id: string;
  readonly indicator: string;
  /** Defaults to the indicator's sector. */
  readonly sector?: string;
  /** The plan task or pillar the target belongs to. */
  readonly task?: string;
  /** Short wording of the target, e.g. "Energy per unit of industrial value added −13.5% by 2025". */
  readonly label?: LocalizedText;
  readonly baseline: Baseline;
  readonly goal: Goal;
  readonly milestones?: readonly Milestone[];
  readonly legalStatus?: LegalStatus;
  /** Overrides the default method for this target. */
  readonly method?: Method;
  readonly thresholds?: Thresholds;
  readonly note?: LocalizedText;
  /**
   * When the series shown measures something other than the target (a national total for an industrial target, another
   * definition of the share): what it is, in a few words ("national CO₂, not industrial"). The status is
   * then indicative, and every widget says so beside it.
   */
  readonly proxy?: LocalizedText;
  readonly source?: SourceRef;
}

export interface Provenance {
  readonly status: ObservationStatus;
  readonly source: SourceRef;
  /** How the value was derived from the source's statement, e.g. "index 2020 = 100 from a cumulative −6.8%". */
  readonly derivation?: LocalizedText;
  readonly note?: LocalizedText;
}

export interface Observation extends YearValue {
  readonly indicator: string;
  readonly provenance: Provenance;
}

export interface PolicyDocument {
  /** Optional pointer to the JSON Schema, for editors. */
  readonly $schema?: string;
  /** Always 1 for this version of the format. */
  readonly formatVersion: 1;
  readonly policy: Policy;
  readonly sources?: readonly Source[];
  readonly sectors?: readonly Sector[];
  readonly indicators: readonly Indicator[];
  readonly targets: readonly Target[];
  readonly observations?: readonly Observation[];
}

/** One problem found in a document, with the JSON path to the offending value. */
export interface Problem {
  /** e.g. `targets[2].baseline.year`; empty for the document root. */
  readonly path: string;
  readonly message: string;
  /**
   * Only when a document could not be loaded from its URL: the server's HTTP status (404, 500…), or 0 when no answer
   * could be read (the network failed, or the server does not allow this page to read it: CORS). A page can tell a
   * missing file from a mistake in the data without reading the message, which is in the widget's language.
   */
  readonly status?: number;
}

export type ValidationResult =
  | { readonly ok: true; readonly data: PolicyDocument; readonly problems: readonly [] }
  | { readonly ok: false; readonly data?: undefined; readonly problems: readonly Problem[] };
