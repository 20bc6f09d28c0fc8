import { HEAT_BAD, HEAT_GOOD, HEAT_MIDDLE, HEAT_NONE, heatColourAt, heatScale } from './heat-scale';

describe('heatScale', () => {
  it('colours the lowest value green and the highest red when lower is better', () => {
    const scale = heatScale([2, 4, 6], 'LOWER_IS_BETTER');
    expect(scale.colour(2)).toBe(HEAT_GOOD);
    expect(scale.colour(4)).toBe(HEAT_MIDDLE);
    expect(scale.colour(6)).toBe(HEAT_BAD);
    expect([scale.min, scale.max]).toEqual([2, 6]);
  });

  it('turns round when higher is better', () => {
    const scale = heatScale([0.1, 0.5, 0.9], 'HIGHER_IS_BETTER');
    expect(scale.colour(0.9)).toBe(HEAT_GOOD);
    expect(scale.colour(0.1)).toBe(HEAT_BAD);
    expect(scale.gradient).toBe(`linear-gradient(90deg, ${HEAT_BAD}, ${HEAT_MIDDLE}, ${HEAT_GOOD})`);
  });

  it('gives nodes without a value the neutral grey and leaves them out of the range', () => {
    const scale = heatScale([null, 3, undefined, Number.NaN, 9], 'LOWER_IS_BETTER');
    expect([scale.min, scale.max]).toEqual([3, 9]);
    expect(scale.colour(null)).toBe(HEAT_NONE);
    expect(scale.colour(undefined)).toBe(HEAT_NONE);
  });

  it('colours every value in the middle when the range is empty', () => {
    const scale = heatScale([5, 5], 'HIGHER_IS_BETTER');
    expect(scale.colour(5)).toBe(HEAT_MIDDLE);
    expect(scale.gradient).toBe(HEAT_MIDDLE);
  });

  it('has nothing to colour without values', () => {
    const scale = heatScale([null], 'LOWER_IS_BETTER');
    expect([scale.min, scale.max]).toEqual([null, null]);
    expect(scale.colour(1)).toBe(HEAT_NONE);
    expect(scale.gradient).toBe(HEAT_NONE);
  });

  it('clamps values outside the range and interpolates between the stops', () => {
    const scale = heatScale([0, 10], 'LOWER_IS_BETTER');
    expect(scale.colour(-5)).toBe(HEAT_GOOD);
    expect(scale.colour(50)).toBe(HEAT_BAD);
    // halfway from green (#2f9e44) to yellow (#fab005), channel by channel
    expect(heatColourAt(0.25)).toBe('#95a725');
  });
});
