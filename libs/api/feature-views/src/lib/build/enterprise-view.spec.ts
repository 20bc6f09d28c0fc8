import { fundingTotals } from './enterprise-view';

describe('funding totals', () => {
  it('add up per fiscal year, funding model and currency', () => {
    const budget = (fiscalYear: number, model: string, amount: number, currency = 'EUR') => ({
      id: `${fiscalYear}-${model}-${amount}`,
      name: null,
      model,
      fiscalYear,
      amount,
      currency,
      providedBy: null,
      targets: 1,
      reaches: [],
    });
    expect(
      fundingTotals([
        budget(2026, 'PROJECT', 5),
        budget(2025, 'PRODUCT', 2),
        budget(2026, 'PROJECT', 1.5),
        budget(2026, 'PROJECT', 7, 'USD'),
        budget(2026, 'CAPACITY', 3),
      ]),
    ).toEqual([
      { model: 'PRODUCT', fiscalYear: 2025, currency: 'EUR', amount: 2, budgets: 1 },
      { model: 'CAPACITY', fiscalYear: 2026, currency: 'EUR', amount: 3, budgets: 1 },
      { model: 'PROJECT', fiscalYear: 2026, currency: 'EUR', amount: 6.5, budgets: 2 },
      { model: 'PROJECT', fiscalYear: 2026, currency: 'USD', amount: 7, budgets: 1 },
    ]);
  });
});
