import { activeNavItem, NAV_ITEMS } from './nav';

describe('nav', () => {
  it('lists every view of the product', () => {
    expect(NAV_ITEMS.map((i) => i.label)).toEqual([
      'Enterprise',
      'Domains',
      'Performance',
      'Transformation',
      'Explorer',
      'Reviews',
      'Findings',
      'Entities',
      'Import',
    ]);
  });

  it('marks the section of nested paths, not of prefixes that only look alike', () => {
    expect(activeNavItem('/domains/powertrain')?.label).toBe('Domains');
    expect(activeNavItem('/entities/team/bms')?.label).toBe('Entities');
    expect(activeNavItem('/enterprise-x')).toBeUndefined();
  });
});
