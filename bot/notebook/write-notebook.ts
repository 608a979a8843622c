import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from '../reply/reply.js';
import type { Cell } from '../session/session-store.js';
import { notebookMarkdown } from './notebook-markdown.js';

/** Writes `<dir>/<session>.md` and each chart's Vega-Lite spec beside it; returns the notebook's path. */
export function writeNotebook(dir: string, sessionId: string, cells: readonly Cell[], now: number): string {
  mkdirSync(dir, { recursive: true });
  // Session ids come from platforms (`slack:T1:C2`); keep file names to safe characters.
  const base = sessionId.replace(/[^a-zA-Z0-9_-]+/g, '-');
  const chartFile = (n: number, i: number): string => `${base}-cell${n}${i > 0 ? `-${i + 1}` : ''}.vl.json`;
  for (const cell of cells) {
    let i = 0;
    const visit = (r: Reply): void => {
      if (r.kind === 'chart') writeFileSync(join(dir, chartFile(cell.n, i++)), `${JSON.stringify(r.spec, null, 2)}\n`);
      if (r.kind === 'multi') r.parts.forEach(visit);
    };
    visit(cell.reply);
  }
  const path = join(dir, `${base}.md`);
  writeFileSync(path, notebookMarkdown(sessionId, cells, chartFile, now));
  return path;
}
