import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../format/types.js';
import { trajectoryView, type TrajectoryViewOptions } from './view.js';

const docs = { china, eu, demo } as unknown as Record<string, PolicyDocument>;
const view = (doc: PolicyDocument, id: string, opts: Partial<TrajectoryViewOptions> = {}) =>
  trajectoryView(doc, doc.targets.find((t) => t.id === id)!, { lang: 'en', width: 320, ...opts });

describe('axes', () => {
  it('EU net zero by 2050 at 320 px: even year ticks ending on 2050; 0 at the bottom, not a fifth of the way up', () => {
    const g = view(docs.eu!, 'climate-neutrality-by-2050').geometry;
    // 1990–2050 over 246 px: every 20 years, ending on 2050 (was 2000, 2020, 2050).
    expect(g.xTicks.map((t) => t.label)).toEqual(['1990', '2010', '2030', '2050']);
    // The data (0…4,876) padded by 4%, −195…5,071: the axis stops at −195 instead of the nice −2,000; 0 is 6 px above
    // the bottom (196) where it was at 149.5, with −2,000 under it.
    expect(g.yTicks.map((t) => `${t.label}@${t.pos}`)).toEqual(['0@190.14', '2,000@130.1', '4,000@70.05', '6,000@10']);
    expect(g.plot.y1).toBe(196);
    // Also at 900 px (was down to −1,000).
    expect(view(docs.eu!, 'climate-neutrality-by-2050', { width: 900 }).geometry.yTicks[0]!.label).toBe('0');
  });

  it('an axis far from zero keeps its nice ends: only an axis that would cross zero stops short of the next tick', () => {
    // China's energy-intensity index (83.9…100) is far from zero: its axis is the nice 70…110 it was.
    const g = view(docs.china!, 'industrial-energy-intensity-2025').geometry;
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['70', '110']);
    expect([g.yTicks[0]!.pos, g.yTicks.at(-1)!.pos]).toEqual([196, 10]);
  });
});
