import { compactAmount, widthScale } from './scales';

describe('widthScale', () => {
  it('maps the range logarithmically onto the widths', () => {
    const scale = widthScale(1_000, 1_000_000, 1, 10);
    expect(scale(1_000)).toBe(1);
    expect(scale(1_000_000)).toBe(10);
    expect(scale(31_623)).toBe(5.5); // the geometric middle
  });

  it('clamps outside the range and copes with one weight or none', () => {
    const scale = widthScale(10, 100, 2, 6);
    expect(scale(1)).toBe(2);
    expect(scale(1e9)).toBe(6);
    expect(scale(0)).toBe(2);
    expect(widthScale(5, 5, 1, 9)(5)).toBe(5);
    expect(widthScale(0, 0, 1, 9)(0)).toBe(1);
  });
});

describe('compactAmount', () => {
  it('writes amounts as leaders read them', () => {
    expect(compactAmount(21_000_000, 'EUR')).toBe('21 M EUR');
    expect(compactAmount(2_500_000)).toBe('2.5 M');
    expect(compactAmount(50_000)).toBe('50 k');
    expect(compactAmount(1_200_000_000)).toBe('1.2 bn');
    expect(compactAmount(950)).toBe('950');
  });
});
