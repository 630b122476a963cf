/**
 * The validator's guards at their exact limits, and where it locates a JSON syntax error in awkward texts (from a
 * full mutation run of src/format/validate.ts: each block fails on a mutant that survived the existing suite).
 */
import { describe, expect, it } from 'vitest';
import { parseAndValidate, validate } from '../../src/format/validate.js';

/** A minimal valid document: one indicator (lower is better), one relative target "t" (baseline 100 in 2020), one source. */
function doc(extra: { target?: Record<string, unknown>; policy?: Record<string, unknown>; observations?: unknown[] } = {}): Record<string, unknown> {
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X', ...extra.policy },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'ind', label: 'I', unit: 'Mt', better: 'lower' }],
    targets: [{ id: 't', indicator: 'ind', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 }, ...extra.target }],
    observations: extra.observations ?? [],
  };
}
const problems = (json: unknown) => validate(json).problems.map((p) => `${p.path}: ${p.message}`);
/** The one problem parseAndValidate reports for a broken text. */
const syntax = (text: string) => {
  const r = parseAndValidate(text);
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!.message;
};

describe('validator limits, exactly at the edge', () => {
  it('a text of 4,000 characters is allowed; 4,001 is one too many, reported with its length', () => {
    expect(problems(doc({ policy: { title: 'a'.repeat(4000) } }))).toEqual([]);
    expect(problems(doc({ policy: { title: 'a'.repeat(4001) } }))).toEqual(['policy.title: is 4,001 characters long; at most 4,000 are allowed']);
  });

  it('a list of 10,000 entries is allowed; 10,001 is one too many', () => {
    const issuers = (n: number) => Array.from({ length: n }, () => 'Ministry');
    expect(problems(doc({ policy: { issuers: issuers(10000) } }))).toEqual([]);
    expect(problems(doc({ policy: { issuers: issuers(10001) } }))).toEqual(['policy.issuers: has 10,001 entries; at most 10,000 are allowed']);
  });

  it('1800 is the first year allowed (MIN_YEAR), 1799 is not', () => {
    expect(problems(doc({ target: { baseline: { year: 1800, value: 100 } } }))).toEqual([]);
    expect(problems(doc({ target: { baseline: { year: 1799, value: 100 } } }))).toEqual([
      'targets[0].baseline.year: must be a whole year between 1800 and 2200, got 1799',
    ]);
  });

  it('a baseline in 1800 or 2200 (the first and last years allowed) still orders the goal after it', () => {
    // The goal in the baseline's own year has no time to get there: "must be after the baseline year".
    expect(problems(doc({ target: { baseline: { year: 1800, value: 100 }, goal: { kind: 'relative', change: -10, year: 1800 } } }))).toEqual([
      'targets[0].goal.year: must be after the baseline year (1800), got 1800',
    ]);
    expect(problems(doc({ target: { baseline: { year: 2200, value: 100 }, goal: { kind: 'relative', change: -10, year: 2200 } } }))).toEqual([
      'targets[0].goal.year: must be after the baseline year (2200), got 2200',
    ]);
  });

  it('two milestones in the same year: the second must come after the first', () => {
    const milestones = [{ year: 2025, value: 95 }, { year: 2025, value: 93 }];
    expect(problems(doc({ target: { milestones } }))).toEqual(["targets[0].milestones[1].year: must come after the previous milestone's year (2025)"]);
  });

  it('an "about" tolerance over 100% is rejected even when just over (100.5)', () => {
    const about = { kind: 'absolute', value: 90, comparison: 'about', tolerance: 100.5, year: 2030 };
    expect(problems(doc({ target: { goal: about } }))).toEqual(['targets[0].goal.tolerance: must be a percentage above 0 and at most 100, got 100.5']);
  });

  it('a count of 1 (one reactor, one law) is a valid goal; 0 is not', () => {
    const count = (value: number) => {
      const d = doc({ target: { goal: { kind: 'count', value, year: 2030 } } });
      (d.indicators as Record<string, unknown>[])[0]!.better = 'higher';
      return problems(d);
    };
    expect(count(1)).toEqual([]);
    expect(count(0)).toEqual(['targets[0].goal.value: must be a whole number above 0, got 0']);
  });

  it('NaN or Infinity in a document built in JavaScript (JSON has neither) is reported, not let through to a chart', () => {
    const obs = (value: number) => [{ indicator: 'ind', year: 2021, value, provenance: { status: 'official', source: 's' } }];
    expect(validate(doc({ observations: obs(Number.NaN) })).ok).toBe(false);
    expect(problems(doc({ observations: obs(Number.NaN) }))).toEqual(['observations[0].value: must be a finite number, got NaN']);
    expect(problems(doc({ observations: obs(-Infinity) }))).toEqual(['observations[0].value: must be a finite number, got -Infinity']);
  });

  it('"did you mean" is worked out for the first 100 distinct unknown ids only (a file with thousands is checked in bounded time)', () => {
    // 101 targets each referring to an undeclared indicator two edits from the declared "emissions" ("emission00",
    // "emission01", …; within the third-of-the-length threshold): the 100th still gets the guess, the 101st does not.
    const d = doc();
    d.indicators = [{ id: 'emissions', label: 'I', unit: 'Mt', better: 'lower' }];
    const names = Array.from({ length: 101 }, (_, i) => `emission${i.toString(36).padStart(2, '0')}`);
    d.targets = names.map((ref, i) => ({ id: `t${i}`, indicator: ref, baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 } }));
    const msgs = validate(d).problems.filter((p) => p.path.endsWith('.indicator')).map((p) => p.message);
    expect(msgs).toHaveLength(101);
    expect(msgs[0]).toBe(`refers to indicator "${names[0]}", which is not defined; did you mean "emissions"?`);
    expect(msgs[99]).toBe(`refers to indicator "${names[99]}", which is not defined; did you mean "emissions"?`);
    expect(msgs[100]).toBe(`refers to indicator "${names[100]}", which is not defined`);
  });
});

describe('a relative change against the indicator\'s direction', () => {
  const rel = (value: number, change: number, better = 'lower') => {
    const d = doc({ target: { baseline: { year: 2020, value }, goal: { kind: 'relative', change, year: 2030 } } });
    (d.indicators as Record<string, unknown>[])[0]!.better = better;
    return problems(d);
  };

  it('a cut of 10% where higher is better is named as a move down by 10% (a size, without a minus sign)', () => {
    expect(rel(100, -10, 'higher')).toEqual(['targets[0].goal.change: moves the value down by 10%, but the indicator says higher is better']);
  });

  it('a negative baseline flips the direction: −20% of −50 is −40, a move up, which contradicts "lower is better"', () => {
    expect(rel(-50, -20)).toEqual(['targets[0].goal.change: moves the value up by 20%, but the indicator says lower is better']);
    // +20% of −50 is −60, down: consistent.
    expect(rel(-50, 20)).toEqual([]);
  });

  it('a rise of just 0.5% where higher is better is a move up, no contradiction', () => {
    expect(rel(100, 0.5, 'higher')).toEqual([]);
  });

  it('a small positive baseline (0.5) is not flipped, and a zero one gets only its own problem, no direction one', () => {
    expect(rel(0.5, -10)).toEqual([]);
    expect(rel(0, -10)).toEqual(['targets[0].baseline.value: must not be 0 for a relative target: a percentage of zero is undefined']);
  });
});

describe('parseAndValidate: UTF-16 and very short texts', () => {
  it('a two-character text with no NUL in it is broken JSON, not "UTF-16" (no NUL: 0 × 5 is not more than 2)', () => {
    expect(syntax('{]')).toBe("is not valid JSON (line 1, column 2): Expected property name or '}'");
  });

  it('UTF-16 is said when more than one character in five is a NUL: 2 NULs in 10 characters is not, 3 is', () => {
    // 'ab\0cdef\0gh' has 10 characters, 2 of them NUL: 2 × 5 = 10, not more than 10 → a broken JSON text.
    expect(syntax('ab\0cdef\0gh')).toBe('is not valid JSON (line 1, column 1): a JSON document starts with "{"');
    // 'ab\0cdef\0\0h': 3 NULs in 10, 15 > 10.
    expect(syntax('ab\0cdef\0\0h')).toBe('is not UTF-8 text (UTF-16?): save the file as UTF-8');
  });
});

describe('parseAndValidate: finding an "Unexpected token" that V8 gives no position for', () => {
  it('the token is the last occurrence whose text before it is valid so far, not an earlier one that also is', () => {
    // '{"a": {}, "b": }': "}" at columns 8, 16 and 17 (none at 17 here: the text ends at 16). Column 8 is preceded by
    // '{"a": {', also a valid start, but the search stops at the last valid one, column 16.
    expect(syntax('{"a": {}, "b": }')).toBe("is not valid JSON (line 1, column 16): Unexpected token '}'");
  });

  it('a trailing comma after a nested empty list ("[[], ]"): the comma is named, not the first "]" (column 3)', () => {
    // "]" occurs at columns 3 and 6; the text before either is valid so far, and the error is at the last, column 6,
    // so the comma before it (column 4) is the one to remove.
    expect(syntax('[[], ]')).toBe('is not valid JSON (line 1, column 4): a comma after the last item, before "]": remove it');
  });

  it('an occurrence after the error (in a string or right behind it) is passed over, not taken or stuck on', () => {
    // The last "}" (column 19) and the one in "}" (column 16) come after the error: the text before them is invalid.
    expect(syntax('{"a": }, "b": "}"}')).toBe("is not valid JSON (line 1, column 7): Unexpected token '}'");
    // Two adjacent: the second (column 8) is after the error, the first (column 7) is it.
    expect(syntax('{"a": }}')).toBe("is not valid JSON (line 1, column 7): Unexpected token '}'");
  });

  // A longer text: V8 quotes 10 characters before the token and 10 after ("...[1, 2, 3, x0123456789"...). The quote Q
  // below is those 21 characters; the error is the "x" in `"values": [1, 2, 3, x` on line 2, column 12 + 10 = 22.
  const Q = '[1, 2, 3, x0123456789';
  it('a quote repeated 49 times after the error and once before it (in a string): the 50th from the end is found', () => {
    const text = `{"note": "${Q}",\n "values": ${Q}${Q.repeat(49)}`;
    expect(syntax(text)).toBe("is not valid JSON (line 2, column 22): Unexpected token 'x'");
  });

  it('past 50 occurrences the search gives up and takes the first one, which is still the right place when nothing precedes it', () => {
    // 60 copies after the error: none is tried far enough back; the first occurrence is the error's quote, 10 characters
    // before the token, so the token is at its start + 10 (column 12 + 10 = 22), not − 10.
    const text = `{"note": "n",\n "values": ${Q}${Q.repeat(60)}`;
    expect(syntax(text)).toBe("is not valid JSON (line 2, column 22): Unexpected token 'x'");
  });
});

describe('publication dates that do not exist', () => {
  // Found by the mutation review: the pattern alone let "2023-02-31" and the year 9999 through, while the message
  // promises a date, and every other year in the format is held to 1800–2200.
  const doc = (published: string) => ({
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X', published },
    sources: [{ id: 's', title: 'S', url: 'https://example.org', published }],
    indicators: [{ id: 'ind', label: 'I', unit: 'Mt', better: 'lower' }],
    targets: [{ id: 't', indicator: 'ind', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 } }],
  });
  const paths = (published: string) => validate(doc(published)).problems.map((p) => `${p.path}: ${p.message}`);
  it('31 February and 31 April are reported at their paths; 29 February of a leap year is a date', () => {
    expect(paths('2023-02-31')).toEqual(['sources[0].published: must be a date like "2022-08-01", got "2023-02-31"', 'policy.published: must be a date like "2022-08-01", got "2023-02-31"']);
    expect(paths('2023-04-31')).toHaveLength(2);
    expect(paths('2024-02-29')).toEqual([]);
    expect(paths('2023-02-29')).toHaveLength(2);
  });
  it('a year outside 1800–2200 is reported; a year or a month alone is still a date', () => {
    expect(paths('0000-01-01')).toHaveLength(2);
    expect(paths('9999-12-31')).toHaveLength(2);
    expect(paths('1799')).toHaveLength(2);
    expect([paths('1800'), paths('2200-12'), paths('2022-08')]).toEqual([[], [], []]);
  });
});
