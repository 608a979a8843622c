import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES, columnNameIn, headerNames, normalizeHeader } from '../engine/schema/column-aliases.js';
import { TABLES, TABLE_NAMES } from '../engine/schema/tables.js';

describe('column aliases', () => {
  it.each(TABLE_NAMES)('GIVEN the %s table THEN every column has Portuguese and Romanian names, each name means one column, and no alias names a column it is not', (table) => {
    const columns = TABLES[table].columns.map((c) => c.name);
    expect(Object.keys(COLUMN_ALIASES[table]).sort()).toEqual([...columns].sort());
    const meaning = new Map<string, Set<string>>();
    const note = (name: string, column: string): void => {
      const key = normalizeHeader(name);
      meaning.set(key, (meaning.get(key) ?? new Set()).add(column));
    };
    for (const c of columns) {
      note(c, c);
      const aliases = COLUMN_ALIASES[table][c];
      expect(aliases?.pt.length, `${table}.${c} pt`).toBeGreaterThan(0);
      expect(aliases?.ro.length, `${table}.${c} ro`).toBeGreaterThan(0);
      for (const a of [...(aliases?.pt ?? []), ...(aliases?.ro ?? [])]) note(a, c);
    }
    const ambiguous = [...meaning].filter(([, cs]) => cs.size > 1).map(([n, cs]) => `${n}: ${[...cs].join(', ')}`);
    expect(ambiguous).toEqual([]);
    expect(() => headerNames(table)).not.toThrow();
  });

  it('GIVEN names written with accents, capitals, spaces or hyphens THEN they match the same column', () => {
    const orders = headerNames('orders');
    for (const name of ['Data Encomenda', 'DATA_ENCOMENDA', 'data-encomenda', ' data  encomenda ']) expect(orders.get(normalizeHeader(name))?.column).toBe('ordered_at');
    for (const name of ['Sumă', 'suma', 'SUMA']) expect(orders.get(normalizeHeader(name))?.column).toBe('amount');
    // Romanian ș/ț with comma below and the older cedilla forms are the same letters.
    expect(normalizeHeader('mențiuni')).toBe(normalizeHeader('menţiuni'));
    expect(headerNames('mentions').get(normalizeHeader('Menţiuni'))?.column).toBe('mentions');
    expect(orders.get(normalizeHeader('Order ID'))?.column).toBe('order_id');
  });

  it('GIVEN a language THEN a column is named by its first alias there', () => {
    expect(['order_id', 'ordered_at', 'amount', 'customer_id'].map((c) => columnNameIn('orders', c, 'pt'))).toEqual(['encomenda', 'data', 'valor', 'cliente']);
    expect(['order_id', 'ordered_at', 'amount', 'customer_id'].map((c) => columnNameIn('orders', c, 'ro'))).toEqual(['comandă', 'data_comenzii', 'sumă', 'client']);
    expect(columnNameIn('orders', 'amount', 'en')).toBe('amount');
  });
});
