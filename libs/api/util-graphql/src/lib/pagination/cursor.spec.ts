import { ApiError } from '../errors/api-error';
import { decodeCursor, decodeOffsetCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trip offsets and keys, opaquely', () => {
    for (const position of [
      { offset: 0 },
      { offset: 49 },
      { offset: 1_000_000 },
      { key: 'team:platform-α' },
    ]) {
      const cursor = encodeCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(position);
    }
  });

  it.each([
    ['empty', ''],
    ['not base64', 'a cursor!'],
    ['base64 of something else', Buffer.from('42').toString('base64url')],
    ['a negative offset', Buffer.from('o:-1').toString('base64url')],
    ['a fractional offset', Buffer.from('o:1.5').toString('base64url')],
    ['an offset beyond safe integers', Buffer.from('o:99999999999999999').toString('base64url')],
    ['padded base64', `${Buffer.from('o:1').toString('base64')}=`],
  ])('reject %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });

  it('decodeOffsetCursor answers BAD_USER_INPUT naming the argument', () => {
    expect(decodeOffsetCursor(encodeCursor({ offset: 7 }))).toBe(7);
    try {
      decodeOffsetCursor(encodeCursor({ key: 'x' }));
      throw new Error('accepted a key cursor');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).fields).toEqual([
        { field: 'after', message: 'after is not a cursor of this list' },
      ]);
    }
  });
});
