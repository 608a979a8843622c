// The number-only build parses the same language and loads in half the time of the full one.
import { parse, type MathNode } from 'mathjs/number';
import { err, ok, type Result } from '../result.js';

/**
 * A restricted formula language over mathjs's parser, for derived KPIs (`formula_expr`) and the
 * chat's `/kpi calc`: finite numbers, names the caller allows, + - * / ^, unary minus and plus,
 * parentheses, min, max, abs, round, sqrt and (when allowed) previous(<name>).
 *
 * mathjs only parses. The tree is checked node by node against that list (anything else is
 * refused: assignment, function definitions, property access and indexing, objects, lists,
 * strings, booleans, conditions, comparisons, ranges, several statements, `mod`, `%`, `!`, the
 * transpose `'`, bitwise and logical operators, implicit multiplication) and is then evaluated by
 * the small walker below, so nothing a formula says reaches mathjs's evaluator, its `import`,
 * `createUnit` or `evaluate`, or any property of any object.
 *
 * Before parsing:
 * - text longer than `maxLength` (500) is refused, and so is a `#` (mathjs would read the rest of
 *   the line as a comment, so the value would not match what a person reads);
 * - line breaks become spaces, so a long formula may wrap (mathjs would read them as separate
 *   statements);
 * - with `cellRefs`, a notebook cell reference `[N]` (1 to 6 digits, spaces allowed inside, leading
 *   zeros dropped) becomes the name `cell_N`, which `isVariable` then accepts or refuses like any
 *   other name. Without `cellRefs`, `[4]` is a list and `a[1]` is indexing, and both are refused.
 *
 * Evaluation works on JS doubles. A null input makes the result null. Division by zero is ±Infinity
 * along the way, so `min(10, 1 / 0)` is 10; only the final result must be a finite number, else it
 * is null (1/0, 0/0, sqrt(-1), (-8)^(1/3), overflow). `round` rounds half away from zero on the
 * decimal value, as mathjs does (round(1.005, 2) = 1.01, round(-2.5) = -3).
 */

export type FormulaErrorCode = 'formula.syntax' | 'formula.not_allowed' | 'formula.unknown_name' | 'formula.too_long';

export interface FormulaError {
  readonly code: FormulaErrorCode;
  /** Short, for a person. */
  readonly detail: string;
  /**
   * 0-based offset into the text as given, where known: a syntax error, a `#`, the first use of an
   * unknown name, or `maxLength` for text that is too long.
   */
  readonly position?: number;
  /** The unknown name (`cell_4` for `[4]`). */
  readonly name?: string;
}

export interface FormulaOptions {
  /** Whether a bare name may be used (a KPI id, `days`, a setting, a notebook cell `cell_N`). */
  readonly isVariable: (name: string) => boolean;
  /** Allow `previous(<name>)`: the named value over the period before. */
  readonly allowPrevious?: boolean;
  /** Rewrite notebook cell references `[4]` to the name `cell_4` before parsing. */
  readonly cellRefs?: boolean;
  /** At most this many characters (UTF-16 units); 500 by default. */
  readonly maxLength?: number;
}

export interface CompiledFormula {
  readonly text: string;
  /** Names used directly, each once, in order of first use. */
  readonly variables: readonly string[];
  /** Names used inside previous(...), each once, in order of first use. */
  readonly previous: readonly string[];
  /**
   * The formula's value. `lookup` gives each name's value (null for no value; it is asked once per
   * name and period per call); any null input makes the result null, and so does a result that is
   * not a finite number. -0 comes back as 0.
   */
  evaluate(lookup: (name: string, previous: boolean) => number | null): number | null;
}

type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'var'; readonly name: string; readonly previous: boolean }
  | { readonly k: 'neg'; readonly a: Expr }
  | { readonly k: 'bin'; readonly op: BinaryFn; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] };

const BINARY = ['add', 'subtract', 'multiply', 'divide', 'pow'] as const;
type BinaryFn = (typeof BINARY)[number];
/** Allowed functions with their least and most argument counts. */
const FUNCTIONS = { min: [1, Infinity], max: [1, Infinity], abs: [1, 1], round: [1, 2], sqrt: [1, 1] } as const;
type FunctionName = keyof typeof FUNCTIONS;

const DEFAULT_MAX_LENGTH = 500;
const CELL_REF = /\[[ \t]*(\d{1,6})[ \t]*\]/g;

/** The parts of mathjs's nodes that the checker reads; everything else about a node is ignored. */
type AnyNode = MathNode & {
  readonly value?: unknown;
  readonly name?: string;
  readonly content?: MathNode;
  readonly fn?: MathNode | string;
  readonly op?: string;
  readonly args?: readonly MathNode[];
  readonly implicit?: boolean;
  readonly isPercentage?: boolean;
};

class Rejected extends Error {
  constructor(readonly error: FormulaError) {
    super(error.detail);
  }
}

export function compileFormula(text: string, options: FormulaOptions): Result<CompiledFormula, FormulaError> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return err({ code: 'formula.too_long', detail: `a formula may be at most ${maxLength} characters`, position: maxLength });
  }
  const allowed = allowedText(options);
  const hash = text.indexOf('#');
  if (hash >= 0) {
    return err({ code: 'formula.not_allowed', detail: `\`#\` is not allowed in a formula; use ${allowed}`, position: hash });
  }
  const { source, origin, cells } = rewrite(text, options.cellRefs === true);
  if (source.trim() === '') return err({ code: 'formula.syntax', detail: 'the formula is empty', position: 0 });

  let node: MathNode;
  try {
    node = parse(source);
  } catch (e) {
    return err(syntaxError(e, origin));
  }

  const checker = new Checker(options, allowed, cells);
  try {
    const expr = checker.check(node);
    const variables = [...checker.variables];
    const previous = [...checker.previous];
    return ok({
      text,
      variables,
      previous,
      evaluate: (lookup) => {
        const seen = new Map<string, number | null>();
        const read = (name: string, prev: boolean): number | null => {
          const key = `${prev ? 'p' : 'c'}:${name}`;
          if (!seen.has(key)) {
            const v: unknown = lookup(name, prev);
            seen.set(key, typeof v === 'number' ? v : null);
          }
          return seen.get(key) ?? null;
        };
        const v = run(expr, read);
        if (v === null || !Number.isFinite(v)) return null;
        return v === 0 ? 0 : v;
      },
    });
  } catch (e) {
    if (!(e instanceof Rejected)) throw e;
    const error = e.error;
    if (error.code !== 'formula.unknown_name' || error.name === undefined) return err(error);
    const at = findName(source, error.name);
    return err(at === undefined ? error : { ...error, position: origin[at] ?? at });
  }
}

function allowedText(options: FormulaOptions): string {
  const fns = `min, max, abs, round, sqrt${options.allowPrevious ? ', previous(...)' : ''}`;
  // In `calc` the names are the session's cells (`let q1 = ...`), not KPIs.
  return `+ - * / ^, parentheses, ${fns} and ${options.cellRefs ? 'cell names or numbers like [4]' : 'KPI names'}`;
}

/**
 * The text mathjs parses, and for each of its characters the offset in the text as given (plus one
 * past the end), so errors point at what the person typed.
 */
function rewrite(text: string, cellRefs: boolean): { source: string; origin: number[]; cells: Map<string, string> } {
  const cells = new Map<string, string>();
  let source = '';
  const origin: number[] = [];
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text[i] ?? ' ';
      source += c === '\n' || c === '\r' ? ' ' : c;
      origin.push(i);
    }
  };
  let last = 0;
  if (cellRefs) {
    for (const m of text.matchAll(CELL_REF)) {
      const at = m.index;
      copy(last, at);
      const name = `cell_${Number(m[1])}`;
      cells.set(name, m[0]);
      // Spaces keep `a[4]` from becoming the single name `acell_4`; mathjs reads it as implicit
      // multiplication, which is refused.
      const replacement = ` ${name} `;
      source += replacement;
      for (let i = 0; i < replacement.length; i++) origin.push(at);
      last = at + m[0].length;
    }
  }
  copy(last, text.length);
  origin.push(text.length);
  return { source, origin, cells };
}

function syntaxError(e: unknown, origin: readonly number[]): FormulaError {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/\s*\(char \d+\)\s*$/, '');
  const char = (e as { char?: unknown } | null)?.char;
  if (typeof char !== 'number' || !Number.isInteger(char) || char < 1) {
    return { code: 'formula.syntax', detail: `the formula does not parse: ${message}` };
  }
  const position = origin[Math.min(char - 1, origin.length - 1)] ?? 0;
  return { code: 'formula.syntax', detail: `the formula does not parse: ${message} at character ${position + 1}`, position };
}

/** The first place `name` stands as a whole name in `source`. */
function findName(source: string, name: string): number | undefined {
  const isNameChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_$]/u.test(c);
  for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
    if (!isNameChar(source[at - 1]) && !isNameChar(source[at + name.length])) return at;
  }
  return undefined;
}

const DESCRIBE: Record<string, string> = {
  AssignmentNode: 'assignment (`=`)',
  FunctionAssignmentNode: 'defining a function',
  AccessorNode: 'property access or indexing (`.` or `[ ]`)',
  IndexNode: 'indexing (`[ ]`)',
  ObjectNode: 'an object (`{ }`)',
  ArrayNode: 'a list (`[ ]`)',
  BlockNode: 'more than one statement',
  ConditionalNode: 'a condition (`? :`)',
  RangeNode: 'a range (`:`)',
  RelationalNode: 'a comparison',
};

class Checker {
  readonly variables = new Set<string>();
  readonly previous = new Set<string>();

  constructor(
    private readonly options: FormulaOptions,
    private readonly allowed: string,
    private readonly cells: ReadonlyMap<string, string>,
  ) {}

  check(n: MathNode): Expr {
    const node = n as AnyNode;
    switch (node.type) {
      case 'ConstantNode': {
        const value = node.value;
        if (typeof value !== 'number' || !Number.isFinite(value)) this.notAllowed(describeConstant(value));
        return { k: 'num', v: value };
      }
      case 'SymbolNode': {
        const name = this.name(node);
        this.variables.add(name);
        return { k: 'var', name, previous: false };
      }
      case 'ParenthesisNode':
        return this.check(this.child(node.content));
      case 'OperatorNode':
        return this.operator(node);
      case 'FunctionNode':
        return this.call(node);
      default:
        return this.notAllowed(DESCRIBE[node.type] ?? `\`${node.type}\``);
    }
  }

  private operator(node: AnyNode): Expr {
    const fn = typeof node.fn === 'string' ? node.fn : '';
    const args = node.args ?? [];
    if (node.implicit) this.notAllowed('implicit multiplication (write `2 * x`)');
    if (node.isPercentage) this.notAllowed('`%` (write `/ 100`)');
    if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
      const a = this.check(this.child(args[0]));
      return fn === 'unaryMinus' ? { k: 'neg', a } : a;
    }
    if (args.length === 2 && (BINARY as readonly string[]).includes(fn)) {
      const a = this.check(this.child(args[0]));
      const b = this.check(this.child(args[1]));
      return { k: 'bin', op: fn as BinaryFn, a, b };
    }
    return this.notAllowed(`the operator \`${node.op ?? fn}\``);
  }

  private call(node: AnyNode): Expr {
    const callee = typeof node.fn === 'object' ? (node.fn as AnyNode) : undefined;
    const args = node.args ?? [];
    const fnName = callee?.type === 'SymbolNode' && typeof callee.name === 'string' ? callee.name : undefined;
    if (fnName === 'previous') {
      if (!this.options.allowPrevious) this.notAllowed("`previous(...)`");
      let arg = args.length === 1 ? (args[0] as AnyNode | undefined) : undefined;
      while (arg?.type === 'ParenthesisNode') arg = arg.content as AnyNode | undefined;
      if (arg?.type !== 'SymbolNode') this.notAllowed('`previous` of anything but one KPI name');
      const name = this.name(arg);
      this.previous.add(name);
      return { k: 'var', name, previous: true };
    }
    if (fnName === undefined || !Object.hasOwn(FUNCTIONS, fnName)) {
      this.notAllowed(fnName === undefined ? 'calling the result of an expression' : `the function \`${fnName}\``);
    }
    const fn = fnName as FunctionName;
    const [least, most] = FUNCTIONS[fn];
    if (args.length < least || args.length > most) {
      const wanted = least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} or ${most}`;
      this.notAllowed(`\`${fn}\` with ${args.length} argument${args.length === 1 ? '' : 's'} (it takes ${wanted})`);
    }
    return { k: 'call', fn, args: args.map((a) => this.check(a)) };
  }

  private name(node: AnyNode): string {
    const name = node.name;
    if (typeof name !== 'string') return this.notAllowed('this name');
    if (!this.options.isVariable(name)) {
      const cell = this.cells.get(name);
      const detail = cell === undefined ? `\`${name}\` is not a KPI or name this formula can use` : `there is no cell ${cell.replace(/\s+/g, '')}`;
      throw new Rejected({ code: 'formula.unknown_name', detail, name });
    }
    return name;
  }

  private child(node: MathNode | undefined): MathNode {
    if (node === undefined) return this.notAllowed('an incomplete expression');
    return node;
  }

  private notAllowed(what: string): never {
    throw new Rejected({ code: 'formula.not_allowed', detail: `${what} is not allowed in a formula; use ${this.allowed}` });
  }
}

function describeConstant(value: unknown): string {
  if (typeof value === 'string') return `text (${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)})`;
  if (typeof value === 'number') return Number.isNaN(value) ? '`NaN`' : '`Infinity` (or a number too large)';
  return `\`${String(value)}\``;
}

/** Division by zero gives ±Infinity here (so min(10, 1/0) is 10); only the final result must be finite. */
function run(e: Expr, read: (name: string, previous: boolean) => number | null): number | null {
  switch (e.k) {
    case 'num':
      return e.v;
    case 'var':
      return read(e.name, e.previous);
    case 'neg': {
      const a = run(e.a, read);
      return a === null ? null : -a;
    }
    case 'bin': {
      const a = run(e.a, read);
      const b = run(e.b, read);
      return a === null || b === null ? null : binary(e.op, a, b);
    }
    case 'call': {
      const args = e.args.map((a) => run(a, read));
      return args.every((a): a is number => a !== null) ? call(e.fn, args) : null;
    }
  }
}

function binary(op: BinaryFn, a: number, b: number): number {
  switch (op) {
    case 'add':
      return a + b;
    case 'subtract':
      return a - b;
    case 'multiply':
      return a * b;
    case 'divide':
      return a / b;
    case 'pow':
      return a ** b;
  }
}

function call(fn: FunctionName, xs: readonly number[]): number | null {
  const [x = NaN, digits = 0] = xs;
  switch (fn) {
    case 'min':
      return Math.min(...xs);
    case 'max':
      return Math.max(...xs);
    case 'abs':
      return Math.abs(x);
    case 'sqrt':
      return Math.sqrt(x);
    case 'round':
      return round(x, digits);
  }
}

/**
 * Half away from zero at `digits` decimals (0 to 15; anything else has no value), on the shortest
 * decimal form of x, so 1.005 rounds to 1.01 and 2.345 to 2.35 as a person expects.
 */
function round(x: number, digits = 0): number | null {
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) return null;
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const r = shift(Math.round(shift(Math.abs(x), digits)), -digits);
  return x < 0 ? -r : r;
}

/** x × 10^n computed on the decimal text (1.005 → 100.5 exactly, not 100.49999999999999). */
function shift(x: number, n: number): number {
  const [mantissa = 'NaN', exponent = '0'] = x.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + n}`);
}
