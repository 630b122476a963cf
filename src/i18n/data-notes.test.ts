import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { Observation, PolicyDocument } from '../format/types.js';
import { seriesOf } from '../progress/series.js';
import { dataNotes } from './data-notes.js';

const c = china as unknown as PolicyDocument;
const obs = (year: number, provenance: Partial<Observation['provenance']>): Observation => ({
  indicator: 'x', year, value: 1, provenance: { status: 'official', source: 's', ...provenance },
});

describe('dataNotes', () => {
  it('labels each derivation with its year: China\'s energy-intensity index, in both languages', () => {
    const series = seriesOf(c, 'industrial-energy-intensity-index');
    expect(dataNotes(series, 'en')).toEqual([
      '2020 value: The index\'s base year, 2020 = 100 by definition, not a reported figure (the source reports changes against 2020)',
      '2021 value: Index 2020 = 100 from a 5.6% year-on-year fall in 2021: 100 × (1 − 0.056) = 94.4',
      '2022 value: Index 2020 = 100 from a cumulative −6.8% (2021–22): 100 × (1 − 0.068) = 93.2',
    ]);
    expect(dataNotes(series, 'zh')[1]).toBe('2021\u2060年数值：以2020\u2060年为100，依据2021\u2060年同比下降5.6%：100 × (1 − 0.056) = 94.4');
  });

  it('one note shared by five years in a row is said once, over a span', () => {
    expect(dataNotes(seriesOf(c, 'clinker-capacity'), 'en')).toEqual([
      '2020–2024 values: Trade-blog table; original source not named. Header unit "100 million tons" [sic], read as Mt.',
    ]);
    expect(dataNotes(seriesOf(c, 'clinker-capacity'), 'zh')[0]).toMatch(/^2020—2024\u2060年数值：/);
  });

  it('years not in a row are listed; two in a row are listed too', () => {
    const note = { en: 'Preliminary', zh: '初步数据' };
    expect(dataNotes([obs(2019, { note }), obs(2021, { note }), obs(2022, { note })], 'en')).toEqual(['2019, 2021, 2022 values: Preliminary']);
    expect(dataNotes([obs(2021, { note }), obs(2022, { note })], 'zh')).toEqual(['2021、2022\u2060年数值：初步数据']);
  });

  it('a derivation comes before a note of the same year; an observation without either adds nothing', () => {
    expect(dataNotes([obs(2020, {}), obs(2021, { note: 'Revised', derivation: 'Sum of regions' })], 'en')).toEqual([
      '2021 value: Sum of regions',
      '2021 value: Revised',
    ]);
    expect(dataNotes(seriesOf(demo as unknown as PolicyDocument, 'power-co2'), 'en')).toEqual([]);
  });

  it('a text that is both an observation\'s derivation and its note names its year once', () => {
    expect(dataNotes([obs(2021, { derivation: 'Estimated', note: 'Estimated' })], 'en')).toEqual(['2021 value: Estimated']);
  });

  it('keeps the order of first use for a text that looks like a number (an object put "2" first)', () => {
    expect(dataNotes([obs(2020, { note: 'Revised' }), obs(2021, { note: '2' })], 'en')).toEqual(['2020 value: Revised', '2021 value: 2']);
  });
});
