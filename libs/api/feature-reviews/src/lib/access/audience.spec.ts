import { Role, type Principal } from '@streamscape/api-graphql';
import { mayOpen, viewerOf } from './audience';

const principal = (roles: Role[], groups: string[] = []): Principal => ({
  id: 'p',
  name: 'P',
  roles: new Set(roles),
  groups: new Set(groups),
});

describe('the audience rule', () => {
  const board = { roles: [Role.TRANSFORMATION_LEAD], groups: ['/portfolio-board'] };

  it('opens a review to an admin, whatever its audience', () => {
    expect(mayOpen(principal([Role.ADMIN]), { roles: [], groups: [] })).toBe(true);
  });

  it('opens it to a principal holding one of its roles', () => {
    expect(mayOpen(principal([Role.VIEWER, Role.TRANSFORMATION_LEAD]), board)).toBe(true);
  });

  it('opens it to a member of one of its groups, without any of its roles', () => {
    expect(mayOpen(principal([], ['/portfolio-board']), board)).toBe(true);
  });

  it('keeps it closed to others: other roles, other or merely similar groups', () => {
    expect(mayOpen(principal([Role.VIEWER, Role.ARCHITECT]), board)).toBe(false);
    expect(mayOpen(principal([Role.VIEWER], ['/portfolio-board/finance', '/portfolio']), board)).toBe(false);
  });

  it('keeps a review without audience closed to all but admins', () => {
    expect(
      mayOpen(principal([Role.VIEWER, Role.ARCHITECT, Role.TRANSFORMATION_LEAD]), { roles: [], groups: [] }),
    ).toBe(false);
  });

  it('hands the same facts to the list query', () => {
    expect(viewerOf(principal([Role.VIEWER], ['/a']))).toEqual({
      admin: false,
      roles: ['viewer'],
      groups: ['/a'],
    });
    expect(viewerOf(principal([Role.ADMIN])).admin).toBe(true);
  });
});
