import type { Catalog, KpiDef } from '../../engine/catalog/catalog.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { err, ok, type Result } from '../../engine/result.js';
import { isTimeGrain, type TimeGrain } from '../../engine/schema/tables.js';
import type { Command } from './command.js';
import type { ParseError } from './parse-error.js';
import { AXIS_LOOKUP, TARGET_OP_LOOKUP } from './vocabulary.js';

/** Words that may stand before a target's grain: `per month`, `por mês`, `pe lună`, `a quarter`. */
const GRAIN_LEAD = new Set(['per', 'por', 'pe', 'a', 'each', 'cada']);

/**
 * `target <kpi> <op> <value> [<period>]`, the words after `target`: the KPI is every word before
 * the op, so a KPI of several words (`net promoter score`) needs no quotes. The value may be typed
 * as people write it (`1,200`, `$1,200`, `40%`).
 */
export function parseTargetWords(words: readonly string[], catalog: Catalog): Result<Command, ParseError> {
  const split = words.flatMap(splitGluedOp);
  const usage = err({ code: 'target.usage' as const, input: words.join(' ') || null });
  const found = findOp(split);
  if (!found) return usage;
  const kpi = kpiNamed(split.slice(0, found.at), catalog);
  if (!kpi.ok) return kpi;
  let rest = split.slice(found.at + found.used);
  const grain = grainOf(rest[rest.length - 1]);
  if (grain !== null) {
    rest = rest.slice(0, -1);
    const lead = rest[rest.length - 1];
    if (lead !== undefined && GRAIN_LEAD.has(normalizeName(lead))) rest = rest.slice(0, -1);
  }
  const value = numberOf(rest);
  if (value === null) return usage;
  return ok({ kind: 'target', metric: kpi.value.id, op: found.op, value, grain });
}

/** `untarget <kpi>`. */
export function parseUntargetWords(words: readonly string[], catalog: Catalog): Result<Command, ParseError> {
  if (words.length === 0) return err({ code: 'target.usage', input: null });
  const kpi = kpiNamed(words, catalog);
  return kpi.ok ? ok({ kind: 'untarget', metric: kpi.value.id }) : kpi;
}

/** `revenue>=1200` or `>=1200` typed without spaces, as two or three words. */
function splitGluedOp(word: string): string[] {
  const m = /^(.*?)(>=|<=|≥|≤)(.*)$/.exec(word);
  if (!m) return [word];
  return [m[1] ?? '', m[2] ?? '', m[3] ?? ''].filter((w) => w !== '');
}

/** The first op in the words (two-word ones first: `at least`, `pelo menos`), after at least one word of KPI. */
function findOp(words: readonly string[]): { at: number; used: number; op: 'at-least' | 'at-most' } | undefined {
  for (let i = 1; i < words.length; i++) {
    const two = words[i + 1] !== undefined ? TARGET_OP_LOOKUP.get(normalizeName(`${words[i]} ${words[i + 1]}`)) : undefined;
    if (two !== undefined) return { at: i, used: 2, op: two };
    const one = TARGET_OP_LOOKUP.get(normalizeName(words[i] ?? ''));
    if (one !== undefined) return { at: i, used: 1, op: one };
  }
  return undefined;
}

function grainOf(word: string | undefined): TimeGrain | null {
  if (word === undefined) return null;
  const w = normalizeName(word);
  if (isTimeGrain(w)) return w;
  const axis = AXIS_LOOKUP.get(w);
  return axis !== undefined && isTimeGrain(axis) ? axis : null;
}

/** `1,200` arrives as `1`, `,`, `200`; a currency sign or a percent sign is the KPI's unit, already known. */
function numberOf(words: readonly string[]): number | null {
  const text = words.join('').replace(/,/g, '').replace(/^[$€£]|%$/g, '');
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : null;
}

function kpiNamed(words: readonly string[], catalog: Catalog): Result<KpiDef, ParseError> {
  const kpi = catalog.find(words.join(' '));
  if (kpi) return ok(kpi);
  const first = words[0] ?? '';
  return err({ code: 'kpi.unknown', input: words.join(' '), suggestions: [...new Set([first, words.join(' ')].flatMap((g) => catalog.suggest(g)))].slice(0, 3) });
}
