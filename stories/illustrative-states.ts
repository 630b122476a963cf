import demo from '../data/illustrative-demo.json';

/**
 * The demo dataset with four more targets, every value illustrative (invented, like the demo's), for the states a
 * designer must see that the demo has none of:
 * - `freight-co2-30-2022`, **achieved late**: at most 30 Mt by 2022 from 40 Mt (2018); 33 Mt in 2022 missed it, 29 Mt
 *   in 2023 met it (the worked example of `test/helpers/late-target.ts`, with the years between and one more, 28.5 Mt in 2024).
 * - `shipping-co2-30-2022`, **achieved (no longer met)**: the same goal, met in 2022 (29 Mt), 31 and 32 Mt since.
 * - `transport-co2-limit-45-2030`, a **limit**: at most 45 Mt by 2030 from 40 Mt (2015), a ceiling its baseline already
 *   meets (the demo's transport CO₂; 44.1 Mt in 2024 has used 82% of the room).
 * - `long-label-energy-intensity-2030`, a **long label** (about 150 columns, as a ministry titles its targets), on the
 *   demo's industrial energy intensity series.
 * - `cement-co2-peak-2030`, a **peak turned**: cement CO₂ rose from 100 Mt (2015) ever more slowly to 111.7 Mt in 2023
 *   and fell to 111.2 Mt in 2024. Growth has turned below zero, so it is on track, but one lower year does not confirm
 *   a peak (two do), so it is not yet achieved: the state between the demo's rising and confirmed peaks.
 */
type Doc = {
  indicators: object[];
  targets: object[];
  observations: object[];
};

const obs = (indicator: string, points: [number, number][]) =>
  points.map(([year, value]) => ({ indicator, year, value, provenance: { status: 'illustrative', source: 'illustrative' } }));

const indicator = (id: string, en: string, zh: string) => ({
  id,
  label: { en, zh },
  unit: { en: 'Mt CO₂', zh: '百万吨二氧化碳' },
  better: 'lower',
  sector: 'transport',
});

const atMost30By2022 = (id: string, ind: string, en: string, zh: string) => ({
  id,
  indicator: ind,
  label: { en, zh },
  baseline: { year: 2018, value: 40 },
  goal: { kind: 'absolute', value: 30, comparison: 'at-most', year: 2022 },
  note: { en: 'Illustrative: invented values, for the Storybook states.', zh: '示例：虚构数值，用于 Storybook 展示各状态。' },
  legalStatus: 'policy',
  source: 'illustrative',
});

export const statesDocument: unknown = (() => {
  const doc = JSON.parse(JSON.stringify(demo)) as Doc;
  doc.indicators.push(
    indicator('freight-co2', 'Road freight CO₂ emissions', '公路货运二氧化碳排放'),
    indicator('shipping-co2', 'Domestic shipping CO₂ emissions', '国内航运二氧化碳排放'),
    { ...indicator('cement-co2', 'Cement CO₂ emissions', '水泥二氧化碳排放'), sector: 'industry' },
  );
  doc.targets.push(
    atMost30By2022('freight-co2-30-2022', 'freight-co2', 'Road freight CO₂ at most 30 Mt by 2022', '到2022年公路货运二氧化碳排放不超过3000万吨'),
    atMost30By2022('shipping-co2-30-2022', 'shipping-co2', 'Domestic shipping CO₂ at most 30 Mt by 2022', '到2022年国内航运二氧化碳排放不超过3000万吨'),
    {
      id: 'transport-co2-limit-45-2030',
      indicator: 'transport-co2',
      label: { en: 'Transport CO₂ at most 45 Mt by 2030', zh: '到2030年交通二氧化碳排放不超过4500万吨' },
      baseline: { year: 2015, value: 40 },
      goal: { kind: 'absolute', value: 45, comparison: 'at-most', year: 2030 },
      note: { en: 'Illustrative: a ceiling above the baseline (a limit to stay within).', zh: '示例：高于基准值的上限（不可越过的限度）。' },
      legalStatus: 'policy',
      source: 'illustrative',
    },
    {
      id: 'long-label-energy-intensity-2030',
      indicator: 'industry-energy-intensity',
      label: {
        en: 'Energy use per unit of industrial value added in enterprises above designated size in iron and steel, building materials and petrochemicals down 30% by 2030',
        zh: '到2030年规模以上工业企业（钢铁、建材、石化化工行业）单位工业增加值能源消耗较2015年下降30%，重点行业能效达到标杆水平的产能比例大幅提升',
      },
      baseline: { year: 2015, value: 10 },
      goal: { kind: 'relative', change: -30, year: 2030 },
      note: { en: 'Illustrative: a long title, as ministries write them.', zh: '示例：长标题，如部委所写。' },
      legalStatus: 'policy',
      source: 'illustrative',
    },
    {
      id: 'cement-co2-peak-2030',
      indicator: 'cement-co2',
      label: { en: 'Cement CO₂ peaks before 2030', zh: '水泥二氧化碳排放2030年前达峰' },
      baseline: { year: 2015, value: 100 },
      goal: { kind: 'peak', year: 2030 },
      note: { en: 'Illustrative: growth has turned (one lower year since the highest), a peak not yet confirmed.', zh: '示例：增长已转为下降（最高值后仅一年较低），峰值尚未确认。' },
      legalStatus: 'policy',
      source: 'illustrative',
    },
  );
  doc.observations.push(
    ...obs('freight-co2', [[2018, 40], [2019, 38], [2020, 36], [2021, 34.5], [2022, 33], [2023, 29], [2024, 28.5]]),
    ...obs('shipping-co2', [[2018, 40], [2019, 38], [2020, 35], [2021, 32], [2022, 29], [2023, 31], [2024, 32]]),
    ...obs('cement-co2', [[2015, 100], [2016, 103], [2017, 105.5], [2018, 107.5], [2019, 109], [2020, 110.2], [2021, 111], [2022, 111.5], [2023, 111.7], [2024, 111.2]]),
  );
  return doc;
})();
