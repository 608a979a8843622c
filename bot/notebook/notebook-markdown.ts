import type { Reply } from '../reply/reply.js';
import type { Cell } from '../session/session-store.js';
import type { Voice } from '../i18n/voice.js';
import { formatDateTime } from '../../engine/format-date.js';

/**
 * A session as a Markdown notebook a person can read or commit: each cell's question, then its
 * answer (headline, table), and a link to its chart spec, which is written beside the notebook.
 */
export function notebookMarkdown(sessionId: string, cells: readonly Cell[], chartFile: (n: number, i: number) => string, now: number, voice: Voice): string {
  const words = voice.texts.platform.notebook;
  const out = [`# ${words.title}`, '', words.exported(sessionId, `${formatDateTime(now, 'UTC', voice.locale)} UTC`), ''];
  for (const cell of cells) {
    out.push(`## [${cell.n}]${cell.name ? ` ${cell.name}` : ''}: \`${cell.input.replace(/`/g, "'")}\``, '');
    let charts = 0;
    const render = (r: Reply): void => {
      switch (r.kind) {
        case 'headline':
          out.push(`**${r.title}**: **${r.value}**${r.delta ? ` ${r.delta.arrow} ${r.delta.text} ${r.delta.against}` : ''}  `, `_${r.interpretation}_${r.context.length > 0 ? `  \n${r.context.join(' · ')}` : ''}`, '');
          break;
        case 'table':
          out.push(`| ${r.columns.map((c) => c.label).join(' | ')} |`, `|${r.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`);
          for (const row of r.rows) out.push(`| ${row.map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |`);
          out.push(...(r.note ? ['', `_${r.note}_`] : []), '');
          break;
        case 'chart': {
          const file = chartFile(cell.n, charts);
          out.push(file.endsWith('.png') ? `![${r.alt}](${file})` : words.chart(file, r.alt), '');
          charts++;
          break;
        }
        case 'text':
          out.push('```', r.text, '```', '');
          break;
        case 'error':
          out.push(`> ${r.message}`, '');
          break;
        case 'multi':
          r.parts.forEach(render);
          break;
      }
    };
    render(cell.reply);
  }
  return out.join('\n');
}
