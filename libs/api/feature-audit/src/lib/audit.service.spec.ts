import type { Principal } from '@streamscape/api-graphql';
import { actorOf, whatWasWritten } from './audit.service';

describe('whatWasWritten', () => {
  it('takes the ids of the arguments, the input and the result, and the input field names', () => {
    expect(
      whatWasWritten({
        operation: 'updateTeam',
        args: { id: 'platform', input: { name: 'Platform', mission: 'Paved roads' } },
        result: { id: 'platform', name: 'Platform' },
      }),
    ).toEqual({ ids: ['platform'], fields: ['input.mission', 'input.name'] });
  });

  it('names scalar arguments and the ids of a create', () => {
    expect(
      whatWasWritten({
        operation: 'deleteTeam',
        args: { id: 'search', cascade: true },
        result: { id: 'search' },
      }),
    ).toEqual({ ids: ['search'], fields: ['cascade'] });
    expect(
      whatWasWritten({
        operation: 'recordDecision',
        args: { reviewId: 'q3-board', input: { id: 'd-7', title: 'Split checkout' } },
        result: { id: 'd-7' },
      }),
    ).toEqual({ ids: ['q3-board', 'd-7'], fields: ['input.title'] });
  });

  it('copes with a result that is not an object', () => {
    expect(whatWasWritten({ operation: 'touch', args: {}, result: true })).toEqual({ ids: [], fields: [] });
  });
});

describe('actorOf', () => {
  it('prefers the user name, and marks an anonymous caller', () => {
    const principal: Principal = {
      id: 'f3a1',
      name: 'Ada Admin',
      username: 'ada.admin',
      roles: new Set(),
      groups: new Set(),
    };
    expect(actorOf(principal)).toEqual({ id: 'f3a1', name: 'ada.admin' });
    expect(actorOf(null)).toEqual({ id: 'anonymous', name: 'anonymous' });
  });
});
