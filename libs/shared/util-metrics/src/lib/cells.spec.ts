import { cellsFromRaw, STAGE_FAMILY } from './cells';

const load = (cells: number[] | undefined) => cells?.[STAGE_FAMILY.fields.indexOf('loadHours')] ?? 0;

describe('cellsFromRaw', () => {
  it('derives a load from its level and events: entries to the end of their day, exits taken off', () => {
    const { days, levels } = cellsFromRaw(
      STAGE_FAMILY,
      { firstDay: 10, endDay: 14 },
      {
        levels: { loadHoursLevel: 1 },
        days: new Map<number, Record<string, number>>([
          [11, { passEntries: 1, passEntryHours: 6 }], // enters at 18:00
          [12, { passExits: 1, passExitHours: 20, passagesDone: 1 }], // one leaves at 04:00
          [13, { passEntries: 1, passEntryHours: 10, passExits: 1, passExitHours: 2 }], // 14:00 to 22:00
        ]),
      },
    );
    expect([10, 11, 12, 13].map((d) => load(days.get(d)))).toEqual([24, 30, 28, 32]);
    expect(levels).toEqual({ loadHoursLevel: 1, defectLoadHoursLevel: 0 });
    expect(days.get(12)?.[STAGE_FAMILY.fields.indexOf('passagesDone')]).toBe(1);
  });

  it('leaves out days without a single non-zero cell', () => {
    const { days } = cellsFromRaw(STAGE_FAMILY, { firstDay: 0, endDay: 3 }, { levels: {}, days: new Map() });
    expect(days.size).toBe(0);
  });
});
