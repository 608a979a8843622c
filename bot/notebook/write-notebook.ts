import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from '../reply/reply.js';
import type { Cell } from '../session/session-store.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';
import { notebookMarkdown } from './notebook-markdown.js';
import type { Voice } from '../i18n/voice.js';

/**
 * Writes `<dir>/<session>.md` and each chart beside it: as a PNG when a renderer is given, and
 * always as its Vega-Lite spec (the source a person can edit). Returns the notebook's path.
 */
export async function writeNotebook(
  dir: string,
  sessionId: string,
  cells: readonly Cell[],
  now: number,
  voice: Voice,
  renderer?: ChartRenderer,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  // Session ids come from platforms (`slack:T1:C2`); keep file names to safe characters.
  const base = sessionId.replace(/[^a-zA-Z0-9_-]+/g, '-');
  const stem = (n: number, i: number): string => `${base}-cell${n}${i > 0 ? `-${i + 1}` : ''}`;
  for (const cell of cells) {
    const charts: Extract<Reply, { kind: 'chart' }>[] = [];
    const visit = (r: Reply): void => {
      if (r.kind === 'chart') charts.push(r);
      if (r.kind === 'multi') r.parts.forEach(visit);
    };
    visit(cell.reply);
    for (const [i, chart] of charts.entries()) {
      writeFileSync(join(dir, `${stem(cell.n, i)}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`);
      if (renderer) writeFileSync(join(dir, `${stem(cell.n, i)}.png`), (await renderer.render(chart.spec)).png);
    }
  }
  const path = join(dir, `${base}.md`);
  writeFileSync(path, notebookMarkdown(sessionId, cells, (n, i) => `${stem(n, i)}${renderer ? '.png' : '.vl.json'}`, now, voice));
  return path;
}
