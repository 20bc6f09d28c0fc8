import { filterChoices, isFilterEmpty, visibleNodeIds } from './filter';
import { domainView } from './fixtures.spec-data';
import { toElements } from './mappers';

const elements = toElements(domainView);

describe('visibleNodeIds', () => {
  it('shows everything without a filter', () => {
    expect(isFilterEmpty({ text: '  ' })).toBe(true);
    expect(visibleNodeIds(elements, {}).size).toBe(domainView.nodes.length);
  });

  it('keeps matching kinds and the compounds that hold them', () => {
    const ids = visibleNodeIds(elements, { kinds: ['STAGE'] });
    expect(ids.has('stage:cells-dev')).toBe(true);
    expect(ids.has('value-stream:cells')).toBe(true);
    expect(ids.has('domain:powertrain')).toBe(true);
    expect(ids.has('team:bms')).toBe(false);
    expect(ids.has('component:egr-valve')).toBe(false);
  });

  it('matches text in the label or id, any case', () => {
    expect([...visibleNodeIds(elements, { text: 'bms' })]).toEqual(['team:bms']);
    expect(visibleNodeIds(elements, { text: 'ROUTE' })).toEqual(
      new Set(['component:route-planner', 'domain:infotainment']),
    );
  });

  it('requires every tag and combines conditions', () => {
    expect(visibleNodeIds(elements, { tags: ['ev'] }).has('component:route-planner')).toBe(true);
    expect(visibleNodeIds(elements, { tags: ['ev', 'other'] }).size).toBe(0);
    expect(visibleNodeIds(elements, { tags: ['ev'], kinds: ['STAGE'] }).size).toBe(0);
  });
});

describe('filterChoices', () => {
  it('lists the kinds and tags present, sorted', () => {
    expect(filterChoices(elements)).toEqual({
      kinds: ['COMPONENT', 'DOMAIN', 'INTEGRATION_POINT', 'STAGE', 'TEAM', 'VALUE_STREAM'],
      tags: ['ev', 'navigation'],
    });
  });
});
