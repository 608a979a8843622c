import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder kpibot is installed in (where `queries/` lives), found by walking up from this file,
 * so it is the same whether the code runs from TypeScript sources (tests) or from `dist/`.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'queries'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('kpibot cannot find its own folder (package.json beside queries/)');
    dir = parent;
  }
  return dir;
}
