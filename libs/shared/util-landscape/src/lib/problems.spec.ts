import { formatProblem } from './problems';

describe('formatProblem', () => {
  it('names file, line, document and field of a problem in a YAML file, as before', () => {
    expect(
      formatProblem({ file: 'a.yaml', document: 2, line: 7, field: 'spec.size', reason: 'must be integer' }),
    ).toBe('a.yaml:7 document 2 spec.size: must be integer');
    expect(formatProblem({ file: 'a.yaml', reason: 'not a YAML stream' })).toBe('a.yaml: not a YAML stream');
  });

  it('names the sheet and cell of a problem in a workbook, the row where there is no cell, or the sheet alone', () => {
    const base = { file: 'l.xlsx', document: 4, line: 5, reason: 'r' };
    expect(formatProblem({ ...base, sheet: 'team', cell: 'C5', field: 'size' })).toBe(
      'l.xlsx team!C5 size: r',
    );
    expect(formatProblem({ ...base, sheet: 'domain', field: 'partOf' })).toBe(
      'l.xlsx domain row 5 partOf: r',
    );
    expect(formatProblem({ file: 'l.xlsx', sheet: 'Sheet 1', reason: 'r' })).toBe(
      'l.xlsx sheet "Sheet 1": r',
    );
    expect(formatProblem({ ...base, sheet: "Bob's teams", cell: 'A5' })).toBe("l.xlsx 'Bob''s teams'!A5: r");
  });
});
