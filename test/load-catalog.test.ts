import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, loadCatalog } from '../engine/catalog/load-catalog.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';

const builtIn = join(process.cwd(), 'queries');

const kpi = (id: string, body: string): string => `id: ${id}
name: ${id} name
area: sales
unit: money
better: up
definition: A test KPI.
formula: x
${body}`;

describe('loadCatalog', () => {
  it('GIVEN the built-in catalog THEN it validates, SQL included, against a real database', async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-cat-')), 'k.db'));
    try {
      const r = await loadCatalog({ dirs: [builtIn], store });
      expect(r.ok ? 'ok' : r.error.map(formatProblem)).toBe('ok');
    } finally {
      await store.close();
    }
  });

  it('GIVEN a workspace folder with several broken files THEN every problem is reported with its file and path, at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-cat-'));
    writeFileSync(join(dir, 'bad_yaml.yaml'), 'id: bad_yaml\nname: [unclosed\n');
    writeFileSync(join(dir, 'bad_unit.yaml'), kpi('bad_unit', 'type: simple\nmeasure: { table: orders, select: "sum(t.amount)", time: ordered_at }').replace('unit: money', 'unit: dollars'));
    writeFileSync(join(dir, 'bad_column.yaml'), kpi('bad_column', 'type: simple\nmeasure: { table: orders, select: "sum(t.amout)", time: ordered_at }'));
    writeFileSync(join(dir, 'bad_alias.yaml'), kpi('bad_alias', 'aliases: [churn]\ntype: simple\nmeasure: { table: orders, select: "count(*)", time: ordered_at }'));
    writeFileSync(join(dir, 'bad_formula.yaml'), kpi('bad_formula', 'type: derived\nformula_expr: "import({}, {})"'));
    writeFileSync(join(dir, 'bad_placeholder.yaml'), kpi('bad_placeholder', 'type: simple\nmeasure: { table: customers, select: "count(*)", where: "t.signup_at < {strat}" }'));
    writeFileSync(join(dir, 'bad_dimension.yaml'), kpi('bad_dimension', 'dimensions: [brand]\ntype: simple\nmeasure: { table: orders, select: "count(*)", time: ordered_at }'));
    const store = await openSqliteStore(join(dir, 'k.db'));
    try {
      const r = await loadCatalog({ dirs: [builtIn, dir], store, relativeTo: dir });
      expect(r.ok).toBe(false);
      const messages = r.ok ? [] : r.error.map(formatProblem);
      const find = (file: string): string | undefined => messages.find((m) => m.startsWith(file));
      expect(find('bad_yaml.yaml')).toMatch(/^bad_yaml\.yaml > line \d+: /);
      expect(find('bad_unit.yaml')).toMatch(/^bad_unit\.yaml > unit: /);
      expect(find('bad_alias.yaml')).toMatch(/"churn" already names KPI churn_rate/);
      expect(find('bad_formula.yaml')).toMatch(/^bad_formula\.yaml > formula_expr: .*import/);
      expect(find('bad_placeholder.yaml')).toMatch(/unknown placeholder \{strat\}/);
      expect(find('bad_dimension.yaml')).toMatch(/brand does not apply to table orders/);
      // SQL is checked only once every file is otherwise valid, so the column typo is not reported yet.
    } finally {
      await store.close();
    }
  });

  it('GIVEN a user KPI whose SQL names a missing column THEN the SQL check names the file and the column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-cat-'));
    writeFileSync(join(dir, 'bad_column.yaml'), kpi('bad_column', 'type: simple\nmeasure: { table: orders, select: "sum(t.amout)", time: ordered_at }'));
    const store = await openSqliteStore(join(dir, 'k.db'));
    try {
      const r = await loadCatalog({ dirs: [builtIn, dir], store, relativeTo: dir });
      expect(r.ok ? [] : r.error.map(formatProblem)).toEqual([
        'bad_column.yaml > measure: SQL does not run against the schema: no such column: t.amout',
      ]);
    } finally {
      await store.close();
    }
  });

  it('GIVEN default_where and whole_across used wrongly THEN each misuse is reported with its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-cat-'));
    const mentions = (extra: string): string => `{ table: mentions, time: day, select: "sum(t.mentions)"${extra} }`;
    const share = (id: string, numerator: string, denominator: string, dims = '[brand]'): string =>
      kpi(id, `dimensions: ${dims}\ntype: ratio\nscale: 100\nnumerator: ${mentions(numerator)}\ndenominator: ${mentions(denominator)}`).replace('unit: money', 'unit: percent');
    writeFileSync(join(dir, 'whole_numerator.yaml'), share('whole_numerator', ', whole_across: [brand]', ''));
    writeFileSync(join(dir, 'whole_simple.yaml'), kpi('whole_simple', `dimensions: [brand]\ntype: simple\nmeasure: ${mentions(', whole_across: [brand]')}`));
    writeFileSync(join(dir, 'whole_undeclared.yaml'), share('whole_undeclared', '', ', whole_across: [brand]', '[]'));
    writeFileSync(join(dir, 'whole_and_default.yaml'), share('whole_and_default', '', ', whole_across: [brand], default_where: { brand: "t.own = 1" }'));
    writeFileSync(join(dir, 'default_undeclared.yaml'), share('default_undeclared', ', default_where: { brand: "t.own = 1" }', '', '[]'));
    writeFileSync(join(dir, 'default_placeholder.yaml'), share('default_placeholder', ', default_where: { brand: "t.day < {strat}" }', ''));
    writeFileSync(join(dir, 'whole_unknown.yaml'), share('whole_unknown', '', ', whole_across: [colour]'));
    const store = await openSqliteStore(join(dir, 'k.db'));
    try {
      const r = await loadCatalog({ dirs: [builtIn, dir], store, relativeTo: dir });
      const messages = r.ok ? [] : r.error.map(formatProblem);
      expect(messages).toEqual(
        expect.arrayContaining([
          "whole_numerator.yaml > numerator.whole_across: only a ratio's denominator can be whole across a dimension: every group of this measure would read the same",
          "whole_simple.yaml > measure.whole_across: only a ratio's denominator can be whole across a dimension: every group of this measure would read the same",
          "whole_undeclared.yaml > denominator.whole_across: brand is not one of the KPI's dimensions, so no question can pick it (dimensions: none)",
          'whole_and_default.yaml > denominator.whole_across: brand is also in default_where: a measure whole across brand reads every brand',
          "default_undeclared.yaml > numerator.default_where.brand: brand is not one of the KPI's dimensions, so no question can pick it (dimensions: none); a condition that always holds belongs in `where`",
        ]),
      );
      expect(messages.find((m) => m.startsWith('default_placeholder.yaml'))).toMatch(/^default_placeholder\.yaml > numerator\.default_where\.brand: unknown placeholder \{strat\}/);
      expect(messages.find((m) => m.startsWith('whole_unknown.yaml'))).toMatch(/^whole_unknown\.yaml > denominator\.whole_across\.0: /);
    } finally {
      await store.close();
    }
  });

  it('GIVEN a default_where whose SQL names a missing column THEN the SQL check names its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-cat-'));
    writeFileSync(
      join(dir, 'own_typo.yaml'),
      kpi('own_typo', 'dimensions: [brand]\ntype: ratio\nnumerator: { table: mentions, time: day, select: "sum(t.mentions)", default_where: { brand: "t.onw = 1" } }\ndenominator: { table: mentions, time: day, select: "sum(t.mentions)", whole_across: [brand] }'),
    );
    const store = await openSqliteStore(join(dir, 'k.db'));
    try {
      const r = await loadCatalog({ dirs: [builtIn, dir], store, relativeTo: dir });
      expect(r.ok ? [] : r.error.map(formatProblem)).toEqual(['own_typo.yaml > numerator.default_where: SQL does not run against the schema: no such column: t.onw']);
    } finally {
      await store.close();
    }
  });

  it('GIVEN a user KPI folder with a valid file THEN its KPI answers beside the built-in ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-cat-'));
    writeFileSync(join(dir, 'big_orders.yaml'), kpi('big_orders', 'aliases: [grandes pedidos]\ntype: simple\nmeasure: { table: orders, select: "count(*)", where: "t.amount >= 1000", time: ordered_at }').replace('unit: money', 'unit: count'));
    const r = await loadCatalog({ dirs: [builtIn, dir] });
    expect(r.ok && r.value.find('grandes pedidos')?.id).toBe('big_orders');
  });
});
