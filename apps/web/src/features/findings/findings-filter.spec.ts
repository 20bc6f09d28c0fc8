import { findingsFilter } from './findings-filter';

describe('findingsFilter', () => {
  it('is null when nothing is chosen, so "all findings" is one cache entry', () => {
    expect(findingsFilter({})).toBeNull();
    expect(findingsFilter({ rule: '', domain: undefined })).toBeNull();
  });

  it('passes only the chosen conditions', () => {
    expect(findingsFilter({ severity: 'HIGH' })).toEqual({ severity: 'HIGH' });
    expect(findingsFilter({ rule: 'manual', domain: 'powertrain', severity: 'LOW' })).toEqual({
      rule: 'manual',
      domain: 'powertrain',
      severity: 'LOW',
    });
  });
});
