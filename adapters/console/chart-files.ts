import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from '../../bot/reply/reply.js';
import type { ChartRenderer } from '../../engine/chart/chart-renderer.js';

/** Saves each chart of a reply as a PNG beside the session's notebook; returns their paths in order. */
export interface ChartFiles {
  /** `name` tells the files apart when the reply is not a notebook cell (a digest). */
  save(reply: Reply, name?: string): Promise<string[]>;
}

export function chartFiles(dir: string, session: string, renderer: () => Promise<ChartRenderer>): ChartFiles {
  return {
    async save(reply, name) {
      const charts: Extract<Reply, { kind: 'chart' }>[] = [];
      const visit = (r: Reply): void => {
        if (r.kind === 'chart') charts.push(r);
        if (r.kind === 'multi') r.parts.forEach(visit);
      };
      visit(reply);
      if (charts.length === 0) return [];
      const cell = reply.kind === 'multi' && reply.cell ? `cell${reply.cell.n}` : (name ?? 'chart');
      mkdirSync(dir, { recursive: true });
      const r = await renderer();
      const paths: string[] = [];
      for (const [i, chart] of charts.entries()) {
        const file = join(dir, `${session}-${cell}${i > 0 ? `-${i + 1}` : ''}.png`);
        writeFileSync(file, (await r.render(chart.spec)).png);
        paths.push(file);
      }
      return paths;
    },
  };
}
