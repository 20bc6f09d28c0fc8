import { groupsError, isoDateError, referencesError, todayIso } from './forms';

describe('review and decision form checks', () => {
  it('takes ISO dates only', () => {
    expect(isoDateError('2026-03-31')).toBeUndefined();
    expect(isoDateError('')).toBeUndefined();
    expect(isoDateError('', true)).toBe('A date is needed');
    expect(isoDateError('31.03.2026')).toBe('A date as YYYY-MM-DD');
    expect(isoDateError('2026-13-45')).toBe('A date as YYYY-MM-DD');
  });

  it('takes group paths and kind:id references', () => {
    expect(groupsError(['/board', '/board/finance'])).toBeUndefined();
    expect(groupsError(['board'])).toContain('"board" is not a group path');
    expect(referencesError(['domain:powertrain', 'value-stream:ev-drive'])).toBeUndefined();
    expect(referencesError(['powertrain'])).toContain('"powertrain" is not a reference');
  });

  it('says today in UTC', () => {
    expect(todayIso(new Date('2026-03-31T23:30:00-02:00'))).toBe('2026-04-01');
  });
});
