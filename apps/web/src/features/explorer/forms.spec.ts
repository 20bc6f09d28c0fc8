import { isValid, rangeError, requiredError } from './forms';

describe('analysis form checks', () => {
  it('takes whole numbers within the API range', () => {
    expect(rangeError(10, 1, 50)).toBeUndefined();
    expect(rangeError(0, 1, 50)).toBe('From 1 to 50');
    expect(rangeError(2.5, 1, 50)).toBe('A whole number from 1 to 50');
    expect(rangeError('', 1, 50)).toBe('A whole number from 1 to 50');
    expect(requiredError(null, 'a component')).toBe('Pick a component');
    expect(isValid({ a: undefined })).toBe(true);
    expect(isValid({ a: 'x' })).toBe(false);
  });
});
