import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('README', () => {
  it('GIVEN the KPI catalog THEN the README lists every KPI and names the two commands', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const ids = readdirSync(join(process.cwd(), 'queries')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));
    expect(ids.length).toBeGreaterThanOrEqual(38);
    for (const id of ids) expect(readme, id).toContain(`\`${id}\``);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
