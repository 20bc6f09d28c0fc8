import { domainDrillDown, domainHref } from './domain-route';

describe('domainHref', () => {
  it('builds the URL of each level', () => {
    expect(domainHref({ domainId: 'powertrain' })).toBe('/domains/powertrain');
    expect(domainHref({ domainId: 'powertrain', stream: 'edu' })).toBe('/domains/powertrain?stream=edu');
    expect(domainHref({ domainId: 'powertrain', stream: 'edu', stage: 'edu-dev' })).toBe(
      '/domains/powertrain?stream=edu&stage=edu-dev',
    );
    expect(domainHref({ domainId: 'powertrain', mode: 'design' })).toBe('/domains/powertrain?mode=design');
    // a stream is always shown as its Assembly Line
    expect(domainHref({ domainId: 'powertrain', stream: 'edu', mode: 'design' })).toBe(
      '/domains/powertrain?stream=edu',
    );
  });
});

describe('domainDrillDown', () => {
  const node = (id: string, kind: string, parent?: string) => ({
    id,
    kind,
    label: id,
    parent,
    attributes: [],
  });

  it('goes from a stream to its Assembly Line and from a stage to the stage within its stream', () => {
    expect(domainDrillDown('powertrain', node('value-stream:edu', 'VALUE_STREAM'))?.href).toBe(
      '/domains/powertrain?stream=edu',
    );
    expect(domainDrillDown('powertrain', node('stage:edu-dev', 'STAGE', 'value-stream:edu'))?.href).toBe(
      '/domains/powertrain?stream=edu&stage=edu-dev',
    );
  });

  it('opens another domain, and offers nothing below a team or the domain itself', () => {
    expect(domainDrillDown('powertrain', node('domain:chassis', 'DOMAIN'))?.href).toBe('/domains/chassis');
    expect(domainDrillDown('powertrain', node('domain:powertrain', 'DOMAIN'))).toBeNull();
    expect(domainDrillDown('powertrain', node('team:bms', 'TEAM'))).toBeNull();
  });
});
