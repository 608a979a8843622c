import type { Reply } from '../../bot/reply/reply.js';
import { platformEn } from '../../bot/i18n/platform-en.js';
import type { PlatformTexts } from '../../bot/i18n/platform-texts.js';

/**
 * A reply as plain terminal text: the cell label, the interpretation before the number, tables
 * with aligned columns. Charts are saved as files by the console and named here by their alt text.
 */
export function renderReply(reply: Reply, chartPath?: (index: number) => string | undefined, words: PlatformTexts = platformEn): string {
  let charts = 0;
  const lines: string[] = [];
  const visit = (r: Reply, indent: string): void => {
    switch (r.kind) {
      case 'headline':
        lines.push(`${indent}${r.title}${r.interpretation ? ` · ${r.interpretation}` : ''}`);
        lines.push(`${indent}  ${r.value}${r.delta ? `   ${r.delta.arrow} ${r.delta.text} ${r.delta.against}` : ''}`);
        if (r.context.length > 0) lines.push(`${indent}  ${r.context.join(' · ')}`);
        break;
      case 'table': {
        const widths = r.columns.map((c, i) => Math.max(c.label.length, ...r.rows.map((row) => (row[i] ?? '').length)));
        const line = (cells: readonly string[]): string =>
          `${indent}  ${cells.map((c, i) => (r.columns[i]?.align === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('   ')}`.trimEnd();
        lines.push('', line(r.columns.map((c) => c.label)), `${indent}  ${widths.map((w) => '─'.repeat(w)).join('   ')}`, ...r.rows.map(line));
        if (r.note) lines.push(`${indent}  (${r.note})`);
        break;
      }
      case 'chart': {
        const path = chartPath?.(charts++);
        lines.push(`${indent}  ${words.chart}: ${path ?? r.alt}`);
        break;
      }
      case 'text':
        lines.push(...r.text.split('\n').map((l) => `${indent}${l}`));
        break;
      case 'error':
        lines.push(`${indent}${r.message}`);
        break;
      case 'multi': {
        const label = r.cell ? `[${r.cell.n}]${r.cell.name ? ` ${r.cell.name}` : ''} ` : '';
        if (label) lines.push(label.trimEnd());
        r.parts.forEach((p, i) => {
          if (i > 0 && p.kind === 'headline') lines.push('');
          visit(p, label ? '  ' : indent);
        });
        break;
      }
    }
  };
  visit(reply, '');
  return lines.join('\n');
}
