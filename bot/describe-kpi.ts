import type { KpiDef } from '../engine/catalog/catalog.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import { KPI_AREAS } from '../engine/catalog/kpi-schema.js';
import { kpiWords } from '../engine/catalog/kpi-words.js';
import { ok, type Result } from '../engine/result.js';
import { CATALOG } from './i18n/catalog.js';
import type { Language } from './i18n/language.js';
import { kpiToDefine } from './language/parse-command.js';
import type { ParseError } from './language/parse-error.js';
import { tokenize } from './tokenize.js';

/**
 * `/kpi define <kpi>`: the definition in words, the formula, unit, caveats and where the data
 * comes from, in `language`. Ids, tables and dimensions stay as typed in questions.
 */
export function defineText(kpi: KpiDef, language: Language = 'en'): string {
  const texts = CATALOG[language].kpiInfo;
  const words = kpiWords(kpi, language);
  const lines = [
    `${words.name} (${kpi.id})`,
    words.definition,
    `${texts.formula}: ${words.formula}`,
    texts.unitLine(kpi.unit, kpi.better),
    texts.dataLine(kpi.tables, kpi.dimensions),
  ];
  if (words.caveats) lines.push(`${texts.caveats}: ${words.caveats}`);
  if (words.example) lines.push(`${texts.example}: ${words.example}`);
  if (kpi.aliases.length > 0) lines.push(`${texts.also}: ${kpi.aliases.join(', ')}.`);
  return lines.join('\n');
}

/** `define <name>` outside a chat (`kpibot define`): the chat's text, or the chat's error for an unknown name. */
export function defineKpi(catalog: Catalog, name: string, language: Language = 'en'): Result<string, ParseError> {
  const kpi = kpiToDefine(tokenize(name), catalog);
  return kpi.ok ? ok(defineText(kpi.value, language)) : kpi;
}

/** `/kpi list`: every KPI, by area, named in `language`. */
export function listText(catalog: Catalog, language: Language = 'en'): string {
  const texts = CATALOG[language].kpiInfo;
  return KPI_AREAS.map((area) => {
    const kpis = catalog.list().filter((k) => k.area === area).sort((a, b) => a.id.localeCompare(b.id));
    return `${texts.area(area)}:\n${kpis.map((k) => `  ${k.id.padEnd(26)} ${kpiWords(k, language).name}`).join('\n')}`;
  }).join('\n');
}

/** `/kpi help` in `language`. */
export const helpText = (language: Language = 'en'): string => CATALOG[language].kpiInfo.help;

/** The English help, for the console's greeting. */
export const HELP_TEXT = helpText('en');
