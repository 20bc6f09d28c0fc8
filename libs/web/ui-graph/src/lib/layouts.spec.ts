import { DRAFT_LAYOUT, LARGE_LAYOUT, layoutOptions } from './layouts';

describe('layoutOptions', () => {
  it('lays out Assembly Lines left to right without animation', () => {
    expect(layoutOptions('dagre-lr', 50)).toMatchObject({ name: 'dagre', rankDir: 'LR', animate: false });
  });

  it('only fits positions computed beforehand', () => {
    expect(layoutOptions('bands', 100)).toMatchObject({ name: 'preset', fit: true });
    expect(layoutOptions('lines', 100)).toMatchObject({ name: 'preset', fit: true });
  });

  it('makes fcose cheaper as the graph grows', () => {
    const small = layoutOptions('fcose', 200) as unknown as Record<string, unknown>;
    const large = layoutOptions('fcose', LARGE_LAYOUT + 1) as unknown as Record<string, unknown>;
    const huge = layoutOptions('fcose', DRAFT_LAYOUT + 1) as unknown as Record<string, unknown>;
    expect(small).toMatchObject({ quality: 'default', nodeDimensionsIncludeLabels: true, animate: false });
    expect(large['numIter']).toBeLessThan(small['numIter'] as number);
    expect(large['nodeDimensionsIncludeLabels']).toBe(false);
    expect(huge['quality']).toBe('draft');
  });
});
