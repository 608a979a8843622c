// The number-only build parses the same language and loads in half the time of the full one.
import { parse, type MathNode } from 'mathjs/number';
import { err, ok, type Result } from '../result.js';

/**
 * A restricted formula language over mathjs's parser: numbers, names the caller allows, + - * / ^,
 * parentheses, and a few pure functions. mathjs only parses; the checked tree is evaluated here by
 * a small walker, so nothing a formula says can reach mathjs's evaluator, its `import`,
 * `createUnit` or `evaluate`, or any property of any object.
 */

export type FormulaErrorCode = 'formula.syntax' | 'formula.not_allowed' | 'formula.unknown_name' | 'formula.too_long';

export interface FormulaError {
  readonly code: FormulaErrorCode;
  readonly detail: string;
  readonly name?: string;
}

export interface FormulaOptions {
  /** Whether a bare name may be used (a KPI id, `days`, a setting, a notebook cell). */
  readonly isVariable: (name: string) => boolean;
  /** Allow `previous(<name>)`: the named value over the period before. */
  readonly allowPrevious?: boolean;
  /** Rewrite notebook cell references `[4]` to the name `cell_4` before parsing. */
  readonly cellRefs?: boolean;
  readonly maxLength?: number;
}

export interface CompiledFormula {
  readonly text: string;
  /** Names used directly, each once. */
  readonly variables: readonly string[];
  /** Names used inside previous(...), each once. */
  readonly previous: readonly string[];
  /**
   * The formula's value. `lookup` gives each name's value (null for no value); any null input
   * makes the result null, and so does a result that is not a finite number.
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
const FUNCTIONS = { min: [1, 8], max: [1, 8], abs: [1, 1], round: [1, 2], sqrt: [1, 1] } as const;
type FunctionName = keyof typeof FUNCTIONS;
const ALLOWED_TEXT = '+ - * / ^, parentheses, min, max, abs, round, sqrt and names';

class Rejected extends Error {
  constructor(readonly error: FormulaError) {
    super(error.detail);
  }
}

export function compileFormula(text: string, options: FormulaOptions): Result<CompiledFormula, FormulaError> {
  const maxLength = options.maxLength ?? 500;
  if (text.length > maxLength) {
    return err({ code: 'formula.too_long', detail: `a formula may be at most ${maxLength} characters` });
  }
  const source = options.cellRefs ? text.replace(/\[\s*(\d{1,6})\s*\]/g, ' cell_$1 ') : text;
  let node: MathNode;
  try {
    node = parse(source);
  } catch (e) {
    return err({ code: 'formula.syntax', detail: `the formula does not parse: ${(e as Error).message}` });
  }
  try {
    const variables = new Set<string>();
    const previous = new Set<string>();
    const expr = check(node, options, variables, previous);
    return ok({
      text,
      variables: [...variables],
      previous: [...previous],
      evaluate: (lookup) => {
        const v = run(expr, lookup);
        return v === null || !Number.isFinite(v) ? null : v;
      },
    });
  } catch (e) {
    if (e instanceof Rejected) return err(e.error);
    throw e;
  }
}

function notAllowed(what: string): never {
  throw new Rejected({ code: 'formula.not_allowed', detail: `${what} is not allowed in a formula; use ${ALLOWED_TEXT}` });
}

function check(node: MathNode, options: FormulaOptions, variables: Set<string>, previous: Set<string>): Expr {
  switch (node.type) {
    case 'ConstantNode': {
      const value: unknown = (node as MathNode & { value: unknown }).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) notAllowed(`the value ${JSON.stringify(value) ?? String(value)}`);
      return { k: 'num', v: value };
    }
    case 'SymbolNode': {
      const name = (node as MathNode & { name: string }).name;
      if (!options.isVariable(name)) {
        throw new Rejected({ code: 'formula.unknown_name', detail: `\`${name}\` is not a name this formula can use`, name });
      }
      variables.add(name);
      return { k: 'var', name, previous: false };
    }
    case 'ParenthesisNode':
      return check((node as MathNode & { content: MathNode }).content, options, variables, previous);
    case 'OperatorNode': {
      const op = node as MathNode & { fn: string; op: string; args: MathNode[]; implicit: boolean };
      if (op.implicit) notAllowed('implicit multiplication (write `2 * x`)');
      const args = op.args.map((a) => check(a, options, variables, previous));
      if (args.length === 1 && (op.fn === 'unaryMinus' || op.fn === 'unaryPlus')) {
        const [a] = args as [Expr];
        return op.fn === 'unaryMinus' ? { k: 'neg', a } : a;
      }
      if (args.length === 2 && (BINARY as readonly string[]).includes(op.fn)) {
        const [a, b] = args as [Expr, Expr];
        return { k: 'bin', op: op.fn as BinaryFn, a, b };
      }
      return notAllowed(`the operator \`${op.op}\``);
    }
    case 'FunctionNode': {
      const call = node as MathNode & { fn: MathNode; args: MathNode[] };
      const name = call.fn.type === 'SymbolNode' ? (call.fn as MathNode & { name: string }).name : null;
      if (name === 'previous') {
        const [arg] = call.args;
        if (!options.allowPrevious) notAllowed('`previous(...)`');
        if (call.args.length !== 1 || arg?.type !== 'SymbolNode') notAllowed('`previous` of anything but one name');
        const inner = (arg as MathNode & { name: string }).name;
        if (!options.isVariable(inner)) {
          throw new Rejected({ code: 'formula.unknown_name', detail: `\`${inner}\` is not a name this formula can use`, name: inner });
        }
        previous.add(inner);
        return { k: 'var', name: inner, previous: true };
      }
      if (name === null || !Object.hasOwn(FUNCTIONS, name)) notAllowed(`the function \`${name ?? call.fn.toString()}\``);
      const fn = name as FunctionName;
      const [min, max] = FUNCTIONS[fn];
      if (call.args.length < min || call.args.length > max) notAllowed(`${fn} with ${call.args.length} argument(s)`);
      return { k: 'call', fn, args: call.args.map((a) => check(a, options, variables, previous)) };
    }
    default:
      return notAllowed(DESCRIBE[node.type] ?? `\`${node.type}\``);
  }
}

const DESCRIBE: Record<string, string> = {
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'defining a function',
  AccessorNode: 'property access',
  IndexNode: 'indexing',
  ObjectNode: 'an object',
  ArrayNode: 'a list',
  BlockNode: 'several statements',
  ConditionalNode: 'a condition (?:)',
  RangeNode: 'a range',
  RelationalNode: 'a comparison',
};

/** Division by zero gives ±Infinity here (so min(10, 1/0) is 10); only the final result must be finite. */
function run(e: Expr, lookup: (name: string, previous: boolean) => number | null): number | null {
  switch (e.k) {
    case 'num':
      return e.v;
    case 'var':
      return lookup(e.name, e.previous);
    case 'neg': {
      const a = run(e.a, lookup);
      return a === null ? null : -a;
    }
    case 'bin': {
      const a = run(e.a, lookup);
      const b = run(e.b, lookup);
      return a === null || b === null ? null : binary(e.op, a, b);
    }
    case 'call': {
      const args = e.args.map((a) => run(a, lookup));
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
    case 'round': {
      if (!Number.isInteger(digits) || digits < 0 || digits > 15) return null;
      const f = 10 ** digits;
      return Math.round(x * f) / f;
    }
  }
}
