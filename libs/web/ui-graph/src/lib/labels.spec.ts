import {
  labelIsLegible,
  labelLength,
  legibleFontSize,
  MIN_LEGIBLE_PX,
  nameWidth,
  truncateLabel,
} from './labels';

describe('labels', () => {
  it('judges legibility by the rendered font size, not by the zoom alone', () => {
    expect(labelIsLegible(11, 1)).toBe(true);
    expect(labelIsLegible(11, 0.5)).toBe(false);
    // a big headline stays legible at a zoom where leaf labels are not
    expect(labelIsLegible(24, 0.5)).toBe(true);
    expect(labelIsLegible(MIN_LEGIBLE_PX, 1)).toBe(true);
  });

  it('grows a headline font as the view zooms out, between its base and its cap', () => {
    expect(legibleFontSize(24, 1, 16)).toBe(24);
    expect(legibleFontSize(24, 0.5, 16)).toBe(32);
    expect(legibleFontSize(24, 0.1, 16)).toBe(96);
    expect(legibleFontSize(24, 0.01, 16, 60)).toBe(60);
    expect(legibleFontSize(24, 0, 16)).toBe(24);
  });

  it('truncates long names at a word boundary with an ellipsis', () => {
    expect(truncateLabel('Powertrain', 20)).toBe('Powertrain');
    expect(truncateLabel('High-Voltage Battery System Integration', 24)).toBe('High-Voltage Battery…');
    expect(truncateLabel('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(truncateLabel('  Padded name  ', 20)).toBe('Padded name');
  });

  it('gives domains and compounds more room than leaves', () => {
    expect(labelLength('DOMAIN', true)).toBeGreaterThan(labelLength('VALUE_STREAM', false));
    expect(labelLength('VALUE_STREAM', true)).toBeGreaterThan(labelLength('BUDGET', false));
  });

  it('estimates a name as wider as it is longer and its font larger', () => {
    expect(nameWidth('Steering Systems', 20)).toBeGreaterThan(nameWidth('Steering', 20));
    expect(nameWidth('Steering', 40)).toBe(2 * nameWidth('Steering', 20));
    expect(nameWidth('', 36)).toBe(0);
  });
});
