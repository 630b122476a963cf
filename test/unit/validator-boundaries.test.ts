/** The validator's numeric, year and URL limits at their boundaries (from a mutation-testing review). */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/format/validate.js';

/** A minimal valid document: one indicator (lower is better), one target "t" (baseline 100 in 2020), one source. */
function doc(target: Record<string, unknown>, observations: unknown[] = [], better = 'lower'): unknown {
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'ind', label: 'I', unit: 'Mt', better }],
    targets: [{ id: 't', indicator: 'ind', baseline: { year: 2020, value: 100 }, ...target }],
    observations,
  };
}
const problems = (json: unknown) => validate(json).problems.map((p) => `${p.path}: ${p.message}`);
const obs = (year: number, value: unknown = 90) => ({ indicator: 'ind', year, value, provenance: { status: 'official', source: 's' } });

describe('edges: validator boundaries (worked values)', () => {
  const REL = { goal: { kind: 'relative', change: -10, year: 2030 } };

  it('an observation of the current year is not "in the future"; next year is', () => {
    const now = new Date().getUTCFullYear();
    expect(problems(doc(REL, [obs(now)]))).toEqual([]);
    expect(problems(doc(REL, [obs(now + 1)]))).toEqual([`observations[0].year: ${now + 1} is in the future: observations must be of years that have happened`]);
  });

  it('a count is rejected on an indicator where lower is better only: not where `better` is missing or misspelt (that one problem)', () => {
    const COUNT = { goal: { kind: 'count', value: 200, year: 2030 } };
    expect(problems(doc(COUNT))).toEqual(['targets[0].goal.kind: "count" contradicts the indicator, which says lower is better']);
    expect(problems(doc(COUNT, [], 'higher'))).toEqual([]);
    const one = problems(doc(COUNT, [], 'more'));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(/^indicators\[0\]\.better: /);
  });

  it('a value of the wrong type is named as such (true), not a crash, and not told to "remove the quotes"', () => {
    expect(problems(doc(REL, [obs(2021, true)]))).toEqual(['observations[0].value: must be a number, got boolean']);
  });

  it('a figure written with its unit or separators ("20%", "1,800 Mt") is told the number to write; words are not', () => {
    expect(problems(doc(REL, [obs(2021, '20%')]))).toEqual(["observations[0].value: must be a number, got \"20%\" (write 20, without quotes: the unit is the indicator's)"]);
    expect(problems(doc(REL, [obs(2021, '1,800 Mt')]))).toEqual(["observations[0].value: must be a number, got \"1,800 Mt\" (write 1800, without quotes: the unit is the indicator's)"]);
    expect(problems(doc(REL, [obs(2021, '-3.5 %')]))).toEqual(["observations[0].value: must be a number, got \"-3.5 %\" (write -3.5, without quotes: the unit is the indicator's)"]);
    expect(problems(doc(REL, [obs(2021, 'about 20')]))).toEqual(['observations[0].value: must be a number, got "about 20"']);
    // A true minus (as Peakline writes it) is read; where the figure is uncertain, no hint rather than a wrong one (a
    // review: "12,5 %" was told 125, "1 800 Mt" 1, "3.1e6 t" 3.1).
    expect(problems(doc(REL, [obs(2021, '\u221220%')]))[0]).toContain('(write -20, without quotes');
    for (const text of ['12,5 %', '1 800 Mt', '20 000', '3.1e6 t', '1,80 Mt', '1.2.3'])
      expect(problems(doc(REL, [obs(2021, text)]))[0], text).not.toContain('write');
    expect(problems(doc(REL, [obs(2021, '2020')]))).toEqual(['observations[0].value: must be a number, got "2020" (remove the quotes)']);
  });

  it('thresholds: needsAcceleration 0 is allowed; 0.97 with the default onTrack (0.95) is not', () => {
    expect(problems(doc({ ...REL, thresholds: { needsAcceleration: 0 } }))).toEqual([]);
    expect(problems(doc({ ...REL, thresholds: { needsAcceleration: 0.97 } }))).toEqual(['targets[0].thresholds: onTrack (0.95) must be greater than needsAcceleration (0.97)']);
  });

  it('a baseline year out of range is reported once, and later years are not checked against it', () => {
    const p = problems(doc({ ...REL, baseline: { year: 2500, value: 100 } }));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^targets\[0\]\.baseline\.year: must be a whole year between 1800 and 2200/);
  });

  it('a relative change of −100.5% is too far; −100% is not', () => {
    expect(problems(doc({ goal: { kind: 'relative', change: -100.5, year: 2030 } }))).toEqual(['targets[0].goal.change: cannot fall by more than 100%, got -100.5']);
    expect(problems(doc({ goal: { kind: 'relative', change: -100, year: 2030 } }))).toEqual([]);
  });

  it('an "about" tolerance may be 1% or 100%, not 0', () => {
    const about = (tolerance: number) => doc({ goal: { kind: 'absolute', value: 90, comparison: 'about', tolerance, year: 2030 } });
    expect(problems(about(1))).toEqual([]);
    expect(problems(about(100))).toEqual([]);
    expect(problems(about(0))).toEqual(['targets[0].goal.tolerance: must be a percentage above 0 and at most 100, got 0']);
  });

  it('a count must be above 0; a milestone may be in the goal year and equal the final count', () => {
    const count = (value: number, milestones?: unknown[]) => doc({ goal: { kind: 'count', value, year: 2030 }, ...(milestones ? { milestones } : {}) }, [], 'higher');
    expect(problems(count(0))).toEqual(['targets[0].goal.value: must be a whole number above 0, got 0']);
    expect(problems(count(60, [{ year: 2030, value: 60 }]))).toEqual([]);
  });

  it('a cap\'s last allowance year is its target year: a milestone after it is reported', () => {
    const p = problems(doc({ goal: { kind: 'cap', allowances: [{ year: 2022, value: 95 }, { year: 2025, value: 90 }] }, milestones: [{ year: 2027, value: 85 }] }));
    expect(p).toEqual(['targets[0].milestones[0].year: must not be after the target year (2025), got 2027']);
  });

  it('a duplicate observation of a malformed indicator quotes it as every other message does: shortened, invisible characters spelled out', () => {
    // Written raw, a hostile indicator (a bidi override, a megabyte of text, an object) reached the error box as it was.
    const dup = (indicator: unknown) => problems(doc({ goal: { kind: 'relative', change: -10, year: 2030 } }, [2021, 2021].map((y) => ({ ...obs(y), indicator }))));
    const last = (indicator: unknown) => dup(indicator).at(-1)!;
    expect(last('ind')).toBe('observations[1].year: duplicate observation of "ind" for 2021 (also at observations[0])');
    expect(last(`evil\u202egnp.exe${'x'.repeat(5000)}`)).toBe('observations[1].year: duplicate observation of "evil\\u202Egnp.exe' + 'x'.repeat(25) + '…" for 2021 (also at observations[0])');
    expect(last('a\u0000b')).toBe('observations[1].year: duplicate observation of "a\\u0000b" for 2021 (also at observations[0])');
    for (const p of dup({ a: 1 })) expect(p).not.toContain('[object Object]');
  });

  it('a long scheme in a source\'s url is shortened as every echoed value is', () => {
    // Under the 4,000-character limit, a scheme of 3,990 letters was quoted whole: a box of 4,000 characters.
    const url = (u: string) => problems({ ...(doc({ goal: { kind: 'relative', change: -10, year: 2030 } }) as object), sources: [{ id: 's', title: 'S', url: u }] });
    expect(url(`${'a'.repeat(3990)}:foo`)).toEqual([`sources[0].url: must be an http(s) address; "${'a'.repeat(37)}…" links are not allowed`]);
    expect(url('javascript:alert(1)')).toEqual(['sources[0].url: must be an http(s) address; "javascript:" links are not allowed']);
  });
});
