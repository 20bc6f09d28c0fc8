import {
  bucketsOf,
  dayOf,
  durationDays,
  isoDay,
  segmentsOf,
  trailingDays,
  weekOf,
  windowDays,
} from './calendar';

const day = (iso: string) => dayOf(Date.parse(`${iso}T00:00:00Z`));

describe('calendar', () => {
  it('takes instants in UTC and widens a window to the whole UTC days it touches', () => {
    expect(windowDays('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual({
      firstDay: day('2026-03-02'),
      endDay: day('2026-03-09'),
    });
    // 01:00 at +02:00 is 23:00 UTC the day before
    expect(windowDays('2026-03-02T01:00:00+02:00', '2026-03-09T00:00:00Z').firstDay).toBe(day('2026-03-01'));
    // 10:00 UTC on the last day: that day is in
    expect(windowDays('2026-03-02T00:00:00Z', '2026-03-08T10:00:00Z').endDay).toBe(day('2026-03-09'));
    // -05:00: 20:00 on the 8th is 01:00 UTC on the 9th
    expect(windowDays('2026-03-02T00:00:00Z', '2026-03-08T20:00:00-05:00').endDay).toBe(day('2026-03-10'));
  });

  it('gives an empty range for an empty or inverted window', () => {
    const at = '2026-03-02T12:00:00Z';
    expect(windowDays(at, at)).toEqual({ firstDay: day('2026-03-02'), endDay: day('2026-03-02') });
    expect(windowDays(at, '2026-03-01T00:00:00Z')).toEqual({
      firstDay: day('2026-03-02'),
      endDay: day('2026-03-02'),
    });
    expect(() => windowDays('yesterday', at)).toThrow(RangeError);
  });

  it('starts ISO weeks on Monday', () => {
    expect(isoDay(weekOf(day('2026-03-08')))).toBe('2026-03-02'); // a Sunday
    expect(isoDay(weekOf(day('2026-03-02')))).toBe('2026-03-02');
    expect(isoDay(weekOf(day('1970-01-01')))).toBe('1969-12-29');
  });

  it('cuts buckets at calendar boundaries, clipped to the range', () => {
    const range = { firstDay: day('2026-02-26'), endDay: day('2026-03-11') };
    expect(bucketsOf(range, 'week').map((b) => [b.label, isoDay(b.firstDay), b.endDay - b.firstDay])).toEqual(
      [
        ['2026-02-23', '2026-02-26', 4],
        ['2026-03-02', '2026-03-02', 7],
        ['2026-03-09', '2026-03-09', 2],
      ],
    );
    expect(bucketsOf(range, 'month').map((b) => [b.label, b.endDay - b.firstDay])).toEqual([
      ['2026-02', 3],
      ['2026-03', 10],
    ]);
    expect(bucketsOf(range, 'day')).toHaveLength(13);
  });

  it('splits buckets into week segments, full or partial', () => {
    const range = { firstDay: day('2026-02-26'), endDay: day('2026-03-11') };
    // February ends on Saturday the 28th: its week goes on into March
    expect(segmentsOf(bucketsOf(range, 'month'))).toEqual([
      { bucket: 0, week: day('2026-02-23'), lo: 3, hi: 5, full: false },
      { bucket: 1, week: day('2026-02-23'), lo: 6, hi: 6, full: false },
      { bucket: 1, week: day('2026-03-02'), lo: 0, hi: 6, full: true },
      { bucket: 1, week: day('2026-03-09'), lo: 0, hi: 1, full: false },
    ]);
  });

  it('reads KPI windows as ISO 8601 durations in days', () => {
    expect(durationDays('P90D')).toBe(90);
    expect(durationDays('P2W')).toBe(14);
    expect(durationDays('P1M')).toBe(30);
    expect(durationDays('P1Y')).toBe(365);
    expect(() => durationDays('P')).toThrow(RangeError);
    expect(() => durationDays('PT12H')).toThrow(RangeError);
    expect(() => durationDays('90 days')).toThrow(RangeError);
  });

  it('counts trailing days up to the end of the day of an instant', () => {
    expect(trailingDays('2026-03-08T10:00:00Z', 7)).toEqual({
      firstDay: day('2026-03-02'),
      endDay: day('2026-03-09'),
    });
  });
});
