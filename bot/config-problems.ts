import { isMap, isScalar, isSeq, type Document, type LineCounter, type YAMLError } from 'yaml';
import { z } from 'zod';
import { closest } from '../engine/catalog/closest.js';

/** A config file as parsed, kept so that a problem found in its data can name its line. */
export interface ConfigSource {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

type Path = readonly PropertyKey[];

/**
 * Each way the settings are wrong, as `file:line:column: what and what to do`, in file order.
 * zod knows the path of a problem but not where it is in the file, and its words are for
 * programmers (`Unrecognized key`, `expected object, received string`); a person editing the
 * file wants the line, and for a typo the name that was meant.
 */
export function configProblems(source: ConfigSource, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): string[] {
  // `chanels: [x]` is one slip, not also "channels is missing": the typo's message names it.
  const meant = new Set(issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => pathText([...i.path, suggest(schema, i.path, k) ?? k])) : [])));
  const located = issues
    .filter((i) => !(i.code === 'invalid_type' && !locate(source.doc, i.path).complete && meant.has(pathText(i.path))))
    .flatMap((issue) => describe(source, schema, issue));
  located.sort((a, b) => a.at - b.at);
  return located.map((p) => `${where(source, p.at)}: ${p.text}`);
}

/** A YAML syntax error, at its line and column. */
export function yamlProblem(file: string, e: YAMLError): string {
  const pos = e.linePos?.[0];
  // yaml's message ends with its own "at line L, column C:" and a drawing of the line.
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: ${first}`;
}

/** The settings file holds one value (a slip such as a missing colon) or a list instead of `key: value` lines. */
export function notAMapping(source: ConfigSource): string {
  const node = source.doc.contents;
  return `${where(source, node?.range?.[0] ?? 0)}: the settings must be \`key: value\` lines (e.g. \`timezone: Europe/Lisbon\`), but the file holds ${shown(node)}.`;
}

function describe(source: ConfigSource, schema: z.ZodType, issue: z.core.$ZodIssue): { at: number; text: string }[] {
  const found = locate(source.doc, issue.path);
  const name = pathText(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const under = issue.path.length > 0 ? ` under \`${name}\`` : '';
        const best = suggest(schema, issue.path, key);
        const hint = best !== undefined ? `did you mean \`${best}\`?` : `the settings here are ${valid.map((k) => `\`${k}\``).join(', ')}.`;
        return { at: keyPosition(source.doc, issue.path, key) ?? found.at, text: `unknown setting \`${key}\`${under}; ${hint}` };
      });
    }
    case 'invalid_type':
      return [
        found.complete
          ? { at: found.at, text: `${name}: expected ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${shown(found.node)}.` }
          : { at: found.at, text: `${name} is missing: it takes ${EXPECTED[issue.expected] ?? issue.expected}.` },
      ];
    default:
      // The schema's own words (a time zone it does not know, a number out of range), with the value.
      return [{ at: found.at, text: `${name}${found.complete ? ` ${shown(found.node)}` : ''}: ${issue.message}` }];
  }
}

const EXPECTED: Partial<Record<string, string>> = {
  object: 'indented `key: value` lines',
  array: 'a list (`[a, b]`, or one `- item` line each)',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
};

/** How a value reads in a message: `EUR`, a list, indented settings, nothing. */
function shown(node: unknown): string {
  if (isMap(node)) return 'indented settings';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'empty' : `\`${String(node.value)}\``;
  return 'empty';
}

/** The deepest node of the file on `path`, and whether the path reached it whole. */
function locate(doc: Document, path: Path): { node: unknown; at: number; complete: boolean } {
  let node: unknown = doc.contents;
  let at = doc.contents?.range?.[0] ?? 0;
  for (const step of path) {
    let next: { node: unknown; at: number } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      // `access:` with nothing under it has no value node: the key is where it is.
      if (pair) next = { node: pair.value, at: rangeOf(pair.value) ?? rangeOf(pair.key) ?? at };
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      if (item !== undefined) next = { node: item, at: rangeOf(item) ?? at };
    }
    if (next === undefined) return { node, at, complete: false };
    ({ node, at } = next);
  }
  return { node, at, complete: true };
}

function keyPosition(doc: Document, path: Path, key: string): number | undefined {
  const { node, complete } = locate(doc, path);
  if (!complete || !isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair ? rangeOf(pair.key) : undefined;
}

function rangeOf(node: unknown): number | undefined {
  return isMap(node) || isSeq(node) || isScalar(node) ? node.range?.[0] : undefined;
}

/** The valid key closest to an unknown one, if any is close. */
function suggest(schema: z.ZodType, path: Path, key: string): string | undefined {
  return closest(key, keysAt(schema, path).map((k) => [k, k] as const), 1)[0];
}

/** The keys the schema takes at `path`, for "did you mean". */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let s: z.ZodType | undefined = schema;
  for (const step of [...path, null]) {
    while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    if (step === null || s === undefined) break;
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(step)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** `access.rate_limit`, `access.restricted[1].kpis`; `the file` for the file as a whole. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || 'the file';
}

function where(source: ConfigSource, offset: number): string {
  const { line, col } = source.lines.linePos(offset);
  return `${source.file}:${line}:${col}`;
}
