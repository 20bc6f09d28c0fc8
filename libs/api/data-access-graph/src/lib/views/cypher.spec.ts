import { viewsCypher } from './cypher';

describe('the views statements', () => {
  it('take the domains as a parameter, never in the text', () => {
    const perDomain = Object.entries(viewsCypher).filter(([, statement]) => statement.includes('$domainIds'));
    expect(perDomain.map(([name]) => name).sort()).toEqual([
      'domain',
      'domainComponents',
      'domainExternalComponents',
      'domainIntegrationPoints',
      'domainProducts',
      'domainTeams',
    ]);
    for (const [, statement] of perDomain)
      expect(statement).toMatch(/^UNWIND \$domainIds AS domainId\nMATCH \(d:Domain \{id: domainId\}\)/);
  });

  it('only read', () => {
    for (const statement of Object.values(viewsCypher)) {
      expect(statement).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH)\b/);
    }
  });

  it('stay as reviewed', () => {
    expect(viewsCypher).toMatchSnapshot();
  });
});
