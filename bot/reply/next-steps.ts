import type { QueryCommand } from '../language/command.js';
import type { Language } from '../i18n/language.js';
import type { Voice } from '../i18n/voice.js';

/**
 * A button under an answer: a follow-up of that answer's cell, in the command language so every
 * reader reads it the same, with the language the answer was in, so the refined answer keeps it.
 */
export interface NextStep {
  /** Stable per step, for the platform's action ids (`kpi_by_segment`). */
  readonly id: string;
  readonly label: string;
  /** The line the button sends. */
  readonly text: string;
  /** The cell it refines; a define button asks afresh. */
  readonly cell?: number;
  readonly language: Language;
}

/** The common next steps of an answer, less what it already shows, and its KPI's definition. */
export function nextSteps(cell: number, query: QueryCommand, voice: Voice): NextStep[] {
  const words = voice.texts.platform.steps;
  const language = voice.language;
  const steps: NextStep[] = [
    ...(query.by?.includes('segment') ? [] : [{ id: 'kpi_by_segment', label: words.bySegment, text: 'by segment', cell, language }]),
    ...(query.compare === 'last-year' ? [] : [{ id: 'kpi_vs_last_year', label: words.vsLastYear, text: 'vs last-year', cell, language }]),
    ...(query.view === 'table' ? [] : [{ id: 'kpi_as_table', label: words.asTable, text: 'as table', cell, language }]),
  ];
  const metric = query.metrics[0];
  return metric ? [...steps, { id: 'kpi_define', label: words.define, text: `define ${metric}`, language }] : steps;
}
