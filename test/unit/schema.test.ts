/**
 * The three descriptions of the policy-data format say the same: the JSON Schema editors complete from
 * (`data/schema/peakline-policy.v1.schema.json`), the TypeScript types (`src/format/types.ts`) and the validator that
 * decides at run time (`src/format/validate.ts`). For every kind of object in the format, the fields each accepts, which
 * of them are required, and the values of every closed list (goal kinds, methods, statuses…) must agree, and the data
 * format's docs page (`stories/docs/DataFormat.mdx`) must name every field. A field added to one of them alone fails here.
 *
 * The validator's fields are found by asking it: each field it reads from an object (a Proxy records them) or that the
 * schema or the types name is added to a valid document; the validator accepts it when it does not answer
 * `unknown field`. It requires a field when removing it from the valid document gives "is required".
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/format/validate.js';

type Json = Record<string, any>;
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

// ---- The schema -----------------------------------------------------------------------------

interface SchemaObject {
  properties: string[];
  required: string[];
}
const schema = JSON.parse(read('data/schema/peakline-policy.v1.schema.json')) as Json;
/** A definition's fields and required fields, following `$ref` (a ListedSource is a Source with a required id). */
function schemaObject(name: string): SchemaObject {
  const def = (name === '#' ? schema : schema.$defs[name]) as Json;
  const base = typeof def.$ref === 'string' ? schemaObject(def.$ref.replace('#/$defs/', '')) : { properties: [], required: [] };
  return {
    properties: [...new Set([...base.properties, ...Object.keys(def.properties ?? {})])].sort(),
    required: [...new Set([...base.required, ...((def.required ?? []) as string[])])].sort(),
  };
}
const schemaEnum = (name: string) => [...(schema.$defs[name].enum as string[])].sort();

// ---- The types --------------------------------------------------------------------------------

const typesFile = ts.createSourceFile('types.ts', read('src/format/types.ts'), ts.ScriptTarget.Latest, true);
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
typesFile.forEachChild((n) => {
  if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
  if (ts.isTypeAliasDeclaration(n)) aliases.set(n.name.text, n);
});
/** An interface's fields (its own and those it extends) and the ones not marked optional. */
function typeObject(name: string): SchemaObject {
  const decl = interfaces.get(name);
  if (!decl) throw new Error(`src/format/types.ts has no interface ${name}`);
  const inherited = (decl.heritageClauses ?? []).flatMap((h) => h.types.map((t) => typeObject(t.expression.getText(typesFile))));
  const members = decl.members.filter(ts.isPropertySignature);
  return {
    properties: [...new Set([...inherited.flatMap((o) => o.properties), ...members.map((m) => m.name.getText(typesFile))])].sort(),
    required: [...new Set([...inherited.flatMap((o) => o.required), ...members.filter((m) => !m.questionToken).map((m) => m.name.getText(typesFile))])].sort(),
  };
}
/** The string literals of a union type alias (`'law' | 'policy' | 'pledge'`). */
function typeEnum(name: string): string[] {
  const t = aliases.get(name)?.type;
  if (!t || !ts.isUnionTypeNode(t)) throw new Error(`src/format/types.ts has no union type ${name}`);
  return t.types.map((u) => ((u as ts.LiteralTypeNode).literal as ts.StringLiteral).text).sort();
}

// ---- The validator ---------------------------------------------------------------------------

const base = JSON.parse(read('test/corpus/valid-base.json')) as Json;
// Fields valid-base.json leaves out, so that every kind of object and every optional field is met once.
base.$schema = './schema/peakline-policy.v1.schema.json';
base.observations[0].provenance.source = { id: 'inline', title: 'Inline source', url: 'https://example.gov/inline.html' };
const about = { ...base.targets[1], id: 'scrap-about', goal: { kind: 'absolute', value: 180, comparison: 'about', year: 2025, tolerance: 5 } };
base.targets.push(about);
const doc = () => structuredClone(base);

/** Where each kind of object is found in `base`: its path (as problems name it) and how to reach it. */
const AT: Record<string, [path: string, get: (d: Json) => Json]> = {
  PolicyDocument: ['', (d) => d],
  Policy: ['policy', (d) => d.policy],
  Task: ['policy.tasks[0]', (d) => d.policy.tasks[0]],
  ListedSource: ['sources[0]', (d) => d.sources[0]],
  Source: ['observations[0].provenance.source', (d) => d.observations[0].provenance.source],
  Sector: ['sectors[0]', (d) => d.sectors[0]],
  Indicator: ['indicators[0]', (d) => d.indicators[0]],
  Target: ['targets[1]', (d) => d.targets[1]],
  // A baseline's value is required for a relative goal only: this one's goal is absolute.
  Baseline: ['targets[1].baseline', (d) => d.targets[1].baseline],
  RelativeGoal: ['targets[0].goal', (d) => d.targets[0].goal],
  AbsoluteGoal: ['targets[5].goal', (d) => d.targets[5].goal],
  PeakGoal: ['targets[2].goal', (d) => d.targets[2].goal],
  CapGoal: ['targets[3].goal', (d) => d.targets[3].goal],
  CountGoal: ['targets[4].goal', (d) => d.targets[4].goal],
  YearValue: ['targets[3].goal.allowances[0]', (d) => d.targets[3].goal.allowances[0]],
  Milestone: ['targets[4].milestones[0]', (d) => d.targets[4].milestones[0]],
  Thresholds: ['targets[4].thresholds', (d) => d.targets[4].thresholds],
  Observation: ['observations[0]', (d) => d.observations[0]],
  Provenance: ['observations[0].provenance', (d) => d.observations[0].provenance],
};
/** The interface in types.ts that each schema definition mirrors (a listed source is a `Source` whose id is required). */
const TYPE: Record<string, string> = { ListedSource: 'Source' };

const field = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The keys the validator reads from the object at `path` while validating the base document. */
function keysRead(get: (d: Json) => Json, path: string): string[] {
  const d = doc();
  const seen = new Set<string>();
  const target = get(d);
  const proxy = new Proxy(target, {
    get: (o, k, r) => (typeof k === 'string' && seen.add(k), Reflect.get(o, k, r)),
  });
  // Put the recording proxy in the object's place.
  const parts = path.match(/[^.[\]]+/g) ?? [];
  if (!parts.length) return (validate(proxy), [...seen]);
  const parent = parts.slice(0, -1).reduce<Json>((o, k) => o[k], d);
  parent[parts[parts.length - 1]!] = proxy;
  expect(validate(d).problems, path).toEqual([]);
  return [...seen];
}

/** The validator's fields of the object at `path` (of the candidates) and the ones it requires. */
function validatorObject(name: string, candidates: string[]): SchemaObject {
  const [path, get] = AT[name]!;
  const properties: string[] = [];
  const required: string[] = [];
  for (const key of new Set([...candidates, ...keysRead(get, path)])) {
    const d = doc();
    const o = get(d);
    if (key in o) {
      properties.push(key);
      delete o[key];
      if (validate(d).problems.some((p) => p.path === field(path, key) && p.message.startsWith('is required'))) required.push(key);
    } else {
      o[key] = 'x';
      if (!validate(d).problems.some((p) => p.path === field(path, key) && p.message.startsWith('unknown field'))) properties.push(key);
    }
  }
  return { properties: properties.sort(), required: required.sort() };
}

/** The options the validator lists for a closed list, given a value that is not one of them. */
function validatorEnum(path: string, set: (d: Json, v: string) => void): string[] {
  const d = doc();
  set(d, 'not-a-value');
  const problem = validate(d).problems.find((p) => p.path === path);
  expect(problem?.message, path).toMatch(/must be one of /);
  return [...problem!.message.replace(/, got .*/, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!).sort();
}

describe('the policy-data format: schema, types and validator', () => {
  it('the document the probes start from is valid', () => {
    expect(validate(doc()).problems).toEqual([]);
  });

  describe.each(Object.keys(AT))('%s', (name) => {
    const fromSchema = schemaObject(name === 'PolicyDocument' ? '#' : name);
    const fromTypes = typeObject(TYPE[name] ?? name);
    it('has the same fields in the schema, the types and the validator', () => {
      const fromValidator = validatorObject(name, [...fromSchema.properties, ...fromTypes.properties]);
      expect(fromSchema.properties, 'schema').toEqual(fromValidator.properties);
      expect(fromTypes.properties, 'types.ts').toEqual(fromValidator.properties);
    });

    it('requires the same fields in the schema, the types and the validator', () => {
      const fromValidator = validatorObject(name, [...fromSchema.properties, ...fromTypes.properties]);
      expect(fromSchema.required, 'schema').toEqual(fromValidator.required);
      // A listed source's id is required by the schema and the validator; the type serves inline sources too.
      expect(name === 'ListedSource' ? [...fromTypes.required, 'id'].sort() : fromTypes.required, 'types.ts').toEqual(fromValidator.required);
    });
  });

  const ENUMS: [schemaDef: string, path: string, set: (d: Json, v: string) => void][] = [
    ['SourceTier', 'sources[0].tier', (d, v) => (d.sources[0].tier = v)],
    ['Direction', 'indicators[0].better', (d, v) => (d.indicators[0].better = v)],
    ['Comparison', 'targets[1].goal.comparison', (d, v) => (d.targets[1].goal.comparison = v)],
    ['LegalStatus', 'targets[0].legalStatus', (d, v) => (d.targets[0].legalStatus = v)],
    ['Method', 'targets[0].method', (d, v) => (d.targets[0].method = v)],
    ['ObservationStatus', 'observations[0].provenance.status', (d, v) => (d.observations[0].provenance.status = v)],
  ];
  it.each(ENUMS)('%s: the same values in the schema, the types and the validator', (name, path, set) => {
    const fromValidator = validatorEnum(path, set);
    expect(schemaEnum(name), 'schema').toEqual(fromValidator);
    expect(typeEnum(name), 'types.ts').toEqual(fromValidator);
  });

  it('goal kinds: the same in the schema, the types and the validator', () => {
    const fromValidator = validatorEnum('targets[0].goal.kind', (d, v) => (d.targets[0].goal.kind = v));
    expect([...(schema.$defs.Goal.properties.kind.enum as string[])].sort(), 'schema').toEqual(fromValidator);
    // Each member of `Goal` is an interface whose `kind` is one string literal.
    const union = aliases.get('Goal')!.type as ts.UnionTypeNode;
    const kinds = union.types.map((t) => {
      const kind = interfaces.get(t.getText(typesFile))!.members.find((m) => m.name?.getText(typesFile) === 'kind') as ts.PropertySignature;
      return ((kind.type as ts.LiteralTypeNode).literal as ts.StringLiteral).text;
    });
    expect(kinds.sort(), 'types.ts').toEqual(fromValidator);
  });

  it('limits the schema can express are the validator\'s: text length, a relative change, a count', () => {
    // An editor's completion should flag what the widgets refuse: a label of 4,001 characters or none, a change of 0 or
    // below −100%, a count of 12.5 or 0.
    const problems = (edit: (d: Json) => void) => {
      const d = structuredClone(base);
      edit(d);
      return validate(d).problems.length;
    };
    const text = schema.$defs.LocalizedText.oneOf as Json[];
    for (const t of [text[0]!, (text[1]!.patternProperties as Json)[Object.keys(text[1]!.patternProperties as Json)[0]!]!])
      expect([t.minLength, t.maxLength]).toEqual([1, 4000]);
    expect(problems((d) => (d.policy.title = 'x'.repeat(4000)))).toBe(0);
    expect(problems((d) => (d.policy.title = 'x'.repeat(4001)))).toBe(1);
    expect(problems((d) => (d.policy.title = ''))).toBe(1);
    const change = schema.$defs.RelativeGoal.properties.change as Json;
    expect([change.minimum, change.not]).toEqual([-100, { const: 0 }]);
    const count = schema.$defs.CountGoal.properties.value as Json;
    expect([count.type, count.minimum]).toEqual(['integer', 1]);
  });
});

describe('the data format docs page (stories/docs/DataFormat.mdx)', () => {
  const page = read('stories/docs/DataFormat.mdx');
  it('names every field of the format', () => {
    const fields = new Set(Object.keys(schema.$defs).flatMap((d) => schemaObject(d).properties));
    for (const f of schemaObject('#').properties) fields.add(f);
    expect(fields.size).toBeGreaterThan(30);
    // In the example (`"name":`) or in the text (`name`, `policy.name`).
    const named = (f: string) => page.includes(`"${f}":`) || new RegExp(`\`(?:[\\w.]+\\.)?${f.replace('$', '\\$')}\\b`).test(page);
    expect([...fields].filter((f) => !named(f)).sort()).toEqual([]);
  });

  it('gives each goal kind a row naming its fields', () => {
    const rows = new Map([...page.matchAll(/^\| `(\w+)` \|[^|]*\|([^\n]*)\|$/gm)].map((m) => [m[1]!, m[2]!]));
    const kinds = schema.$defs.Goal.properties.kind.enum as string[];
    expect([...rows.keys()].sort()).toEqual([...kinds].sort());
    for (const kind of kinds) {
      const goal = schemaObject(`${kind[0]!.toUpperCase()}${kind.slice(1)}Goal`).properties.filter((f) => f !== 'kind');
      for (const f of goal) expect(rows.get(kind), `${kind}: ${f}`).toMatch(new RegExp(`\`${f}\\b`));
    }
  });

  it('shows a document that validate() accepts as it is (a reader copies it to start)', () => {
    const example = /```jsonc\n([^]*?)```/.exec(page)?.[1] ?? '';
    expect(validate(JSON.parse(example))).toMatchObject({ ok: true });
  });
});
