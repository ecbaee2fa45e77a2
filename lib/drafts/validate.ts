import { BLOCK_HELPERS, DRAFT_HELPER_ARITY, isDraftHelper } from './helpers.ts';
import {
  type BlockStatement,
  type Expression,
  type Hash,
  type MustacheStatement,
  type PathExpression,
  type Program,
  parseTemplate,
  type SourceLocation,
  type Statement,
} from './template-ast.ts';
import { findVariable, isObjectPath, type ListItemField, TEMPLATE_VARIABLES } from './variables.ts';

export interface TemplateProblem {
  /** 1-based line in the template source. */
  line: number;
  /** 1-based column in that line. */
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export type TemplateKind = 'subject' | 'body';

/** What a name in a template stands for once resolved. */
type Resolved =
  | { kind: 'value' }
  | { kind: 'object'; prefix: string }
  | { kind: 'list'; path: string; fields: readonly ListItemField[] }
  | { kind: 'item'; list: string; fields: readonly ListItemField[] };

/** A context a block entered: the root, a group entered with #with, or one item of an #each. */
interface Scope {
  context: Resolved | { kind: 'root' };
  blockParams: Map<string, Resolved>;
  inEach: boolean;
}

const DATA_IN_EACH = new Set(['index', 'first', 'last', 'key']);

function at(loc: SourceLocation | undefined): { line: number; column: number } {
  return loc ? { line: loc.start.line, column: loc.start.column + 1 } : { line: 1, column: 1 };
}

class Checker {
  readonly problems: TemplateProblem[] = [];

  error(loc: SourceLocation | undefined, message: string): void {
    this.problems.push({ ...at(loc), message, severity: 'error' });
  }

  warn(loc: SourceLocation | undefined, message: string): void {
    this.problems.push({ ...at(loc), message, severity: 'warning' });
  }

  program(program: Program | null, scopes: Scope[]): void {
    for (const statement of program?.body ?? []) this.statement(statement, scopes);
  }

  statement(statement: Statement, scopes: Scope[]): void {
    switch (statement.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        this.error(statement.loc, 'Partials ({{> name}}) are not available in Tactful templates');
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        this.error(statement.loc, 'Decorators ({{* name}}) are not available in Tactful templates');
        return;
      case 'MustacheStatement':
        this.mustache(statement, scopes);
        return;
      case 'BlockStatement':
        this.block(statement, scopes);
        return;
    }
  }

  mustache(statement: MustacheStatement, scopes: Scope[]): void {
    if (!statement.escaped) {
      this.error(
        statement.loc,
        'Triple braces {{{…}}} and {{&…}} insert text unescaped and are not allowed; use {{…}}',
      );
    }
    const { path } = statement;
    if (path.type !== 'PathExpression') {
      this.error(path.loc, 'A {{…}} tag must name a variable or a helper, not a literal value');
      return;
    }
    const name = helperName(path);
    if (name && (BLOCK_HELPERS as readonly string[]).includes(name)) {
      this.error(path.loc, `"${name}" is a block helper: write {{#${name} …}}…{{/${name}}}`);
      return;
    }
    if (name === 'date' && statement.params.length === 0 && !statement.hash && itemHasDate(scopes)) {
      return; // the date helper shows the item's own date, see helpers.ts
    }
    if (name && isDraftHelper(name)) {
      this.helperCall(name, statement.params, statement.hash, path.loc, scopes);
      return;
    }
    if (statement.params.length > 0 || (statement.hash?.pairs.length ?? 0) > 0) {
      this.error(path.loc, `Unknown helper "${path.original}": the helpers are money, date and plural`);
      return;
    }
    const resolved = this.path(path, scopes);
    if (resolved?.kind === 'list') {
      this.error(path.loc, `"${path.original}" is a list: use {{#each ${path.original}}}…{{/each}}`);
    } else if (resolved?.kind === 'object') {
      this.error(path.loc, `"${path.original}" is a group of variables, not a value: name one of its fields`);
    } else if (resolved?.kind === 'item' && resolved.fields.length > 0) {
      this.error(
        path.loc,
        `Each item of ${resolved.list} has fields: name one, such as {{${resolved.fields[0]?.name}}}`,
      );
    }
  }

  block(statement: BlockStatement, scopes: Scope[]): void {
    const { path } = statement;
    const name = path.type === 'PathExpression' ? helperName(path) : null;
    if (!name || !(BLOCK_HELPERS as readonly string[]).includes(name)) {
      const original = path.type === 'PathExpression' ? path.original : 'this';
      const hint = name && isDraftHelper(name) ? ` ("${name}" is not a block helper)` : '';
      this.error(path.loc, `Unknown block {{#${original}}}${hint}: blocks are #if, #unless, #each and #with`);
      this.program(statement.program, scopes);
      this.program(statement.inverse, scopes);
      return;
    }
    if ((statement.hash?.pairs.length ?? 0) > 0) {
      this.error(statement.hash?.pairs[0]?.loc, `{{#${name}}} takes no options`);
    }
    if (statement.params.length !== 1) {
      this.error(path.loc, `{{#${name}}} needs exactly one variable, as in {{#${name} invoice.hasPayments}}`);
      this.program(statement.program, scopes);
      this.program(statement.inverse, scopes);
      return;
    }
    const target = statement.params[0] as Expression;
    const resolved = this.expression(target, scopes);
    const inner = this.enter(name, resolved, target, statement.program?.blockParams ?? [], scopes);
    this.program(statement.program, inner);
    this.program(statement.inverse, scopes);
  }

  /** The scopes inside a block: #each and #with change the context, #if and #unless do not. */
  enter(
    name: string,
    resolved: Resolved | null,
    target: Expression,
    blockParams: string[],
    scopes: Scope[],
  ): Scope[] {
    const outer = scopes[scopes.length - 1] as Scope;
    if (name === 'each') {
      if (resolved && resolved.kind !== 'list') {
        this.error(target.loc, `{{#each}} needs a list, such as plan.instalments or history.reminders`);
      }
      const item: Resolved =
        resolved?.kind === 'list'
          ? { kind: 'item', list: resolved.path, fields: resolved.fields }
          : { kind: 'item', list: '?', fields: [] };
      const params = new Map<string, Resolved>();
      if (blockParams[0]) params.set(blockParams[0], item);
      if (blockParams[1]) params.set(blockParams[1], { kind: 'value' });
      return [...scopes, { context: resolved ? item : { kind: 'root' }, blockParams: params, inEach: true }];
    }
    if (name === 'with') {
      if (resolved && resolved.kind !== 'object' && resolved.kind !== 'item') {
        this.error(target.loc, `{{#with}} needs a group of variables, such as client or invoice`);
      }
      const params = new Map<string, Resolved>();
      if (blockParams[0] && resolved) params.set(blockParams[0], resolved);
      const context =
        resolved && (resolved.kind === 'object' || resolved.kind === 'item') ? resolved : outer.context;
      return [...scopes, { context, blockParams: params, inEach: outer.inEach }];
    }
    return scopes;
  }

  helperCall(
    name: keyof typeof DRAFT_HELPER_ARITY,
    params: Expression[],
    hash: Hash | undefined,
    loc: SourceLocation,
    scopes: Scope[],
  ): void {
    const arity = DRAFT_HELPER_ARITY[name];
    if (params.length !== arity) {
      const usage = {
        money: '{{money invoice.balanceMinor invoice.currency}}',
        date: '{{date invoice.dueDateIso}}',
        plural: '{{plural daysOverdue "day" "days"}}',
      }[name];
      this.error(loc, `"${name}" takes ${arity} value${arity === 1 ? '' : 's'}, as in ${usage}`);
    }
    for (const param of params) {
      const resolved = this.expression(param, scopes);
      if (resolved && resolved.kind !== 'value') {
        this.error(param.loc, `"${name}" needs a single value here, not a group or a list`);
      }
    }
    for (const pair of hash?.pairs ?? []) {
      if (name === 'date' && pair.key === 'style') {
        const style = pair.value.type === 'StringLiteral' ? pair.value.original : null;
        if (style !== 'medium' && style !== 'long') {
          this.error(pair.loc, 'date style must be "medium" or "long"');
        }
      } else {
        this.error(pair.loc, `"${name}" has no option "${pair.key}"`);
      }
    }
  }

  expression(expression: Expression, scopes: Scope[]): Resolved | null {
    if (expression.type === 'PathExpression') return this.path(expression, scopes);
    if (expression.type === 'SubExpression') {
      const name = expression.path.type === 'PathExpression' ? helperName(expression.path) : null;
      if (name && isDraftHelper(name)) {
        this.helperCall(name, expression.params, expression.hash, expression.loc, scopes);
      } else {
        this.error(expression.loc, 'Only the money, date and plural helpers can be used in (…)');
      }
      return { kind: 'value' };
    }
    return { kind: 'value' };
  }

  /** Resolves a variable path, reporting it when it names nothing documented. */
  path(path: PathExpression, scopes: Scope[]): Resolved | null {
    if (path.data) return this.dataPath(path, scopes);
    const scope = scopes[scopes.length - 1 - path.depth];
    if (!scope) {
      this.error(path.loc, `"${path.original}" climbs out of the template with ../`);
      return null;
    }
    const explicitThis = /^(this|\.)(\/|\.|$)/.test(path.original);
    const [head, ...rest] = path.parts;
    if (!explicitThis && path.depth === 0 && head !== undefined) {
      for (let index = scopes.length - 1; index >= 0; index -= 1) {
        const param = scopes[index]?.blockParams.get(head);
        if (param) return this.within(param, rest, path);
      }
    }
    return this.within(scope.context, path.parts, path);
  }

  dataPath(path: PathExpression, scopes: Scope[]): Resolved | null {
    const [head, ...rest] = path.parts;
    if (head === 'root') return this.within({ kind: 'root' }, rest, path);
    if (head !== undefined && DATA_IN_EACH.has(head) && rest.length === 0) {
      if (scopes.some((scope) => scope.inEach)) return { kind: 'value' };
      this.error(path.loc, `"@${head}" only has a value inside {{#each}}`);
      return null;
    }
    this.error(path.loc, `Unknown variable "${path.original}"`);
    return null;
  }

  within(context: Resolved | { kind: 'root' }, parts: string[], path: PathExpression): Resolved | null {
    if (context.kind === 'value') {
      if (parts.length === 0) return context;
      this.error(path.loc, `"${path.original}" looks inside a single value`);
      return null;
    }
    if (context.kind === 'list') {
      if (parts.length === 0) return context;
      this.error(path.loc, `"${path.original}" looks inside a list: use {{#each}} to reach its items`);
      return null;
    }
    if (context.kind === 'item') {
      if (parts.length === 0) return context;
      const [field, ...more] = parts;
      if (more.length === 0 && context.fields.some((candidate) => candidate.name === field))
        return { kind: 'value' };
      const known = context.fields.map((candidate) => candidate.name).join(', ');
      const inList = context.list === '?' ? '' : ` of ${context.list}`;
      const hint = findVariable(parts.join('.'))
        ? `; for the outer variable write @root.${parts.join('.')}`
        : '';
      this.error(
        path.loc,
        known
          ? `Unknown field "${parts.join('.')}" in each item${inList} (fields: ${known})${hint}`
          : `Each item${inList} is a line of text: write {{this}}${hint}`,
      );
      return null;
    }
    const prefix = context.kind === 'object' ? `${context.prefix}.` : '';
    if (parts.length === 0) return context.kind === 'root' ? { kind: 'object', prefix: '' } : context;
    const full = prefix + parts.join('.');
    const variable = findVariable(full);
    if (variable?.kind === 'list') return { kind: 'list', path: full, fields: variable.itemFields ?? [] };
    if (variable) return { kind: 'value' };
    if (isObjectPath(full)) return { kind: 'object', prefix: full };
    this.error(path.loc, `Unknown variable "${path.original}"${suggestion(full)}`);
    return null;
  }
}

function itemHasDate(scopes: Scope[]): boolean {
  const context = scopes[scopes.length - 1]?.context;
  return context?.kind === 'item' && context.fields.some((field) => field.name === 'date');
}

/** A bare name that could be a helper: `money`, not `this.money`, `./money` or `a.money`. */
function helperName(path: PathExpression): string | null {
  if (path.data || path.depth > 0 || path.parts.length !== 1) return null;
  if (/^(this|\.)/.test(path.original)) return null;
  return path.parts[0] ?? null;
}

/** "Did you mean" for the commonest slips: a typo, a different case or a missing group. */
function suggestion(full: string): string {
  const wanted = full.toLowerCase();
  const last = wanted.split('.').pop() ?? '';
  let best: { path: string; distance: number } | null = null;
  for (const variable of TEMPLATE_VARIABLES) {
    const candidate = variable.path.toLowerCase();
    const distance = candidate.endsWith(`.${last}`) ? 0 : editDistance(candidate, wanted);
    if (distance <= 2 && (!best || distance < best.distance)) best = { path: variable.path, distance };
  }
  return best ? ` (did you mean ${best.path}?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Tokens the grammar names in its messages, in words for people.
const TOKEN_WORDS: Readonly<Record<string, string>> = {
  EOF: 'the end of the template',
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN: '{{',
  OPEN_UNESCAPED: '{{{',
  OPEN_BLOCK: '{{#',
  OPEN_INVERSE: '{{^',
  OPEN_INVERSE_CHAIN: '{{else …}}',
  INVERSE: '{{else}}',
  OPEN_ENDBLOCK: '{{/',
  OPEN_PARTIAL: '{{>',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  OPEN_BLOCK_PARAMS: 'as |',
  CLOSE_BLOCK_PARAMS: '|',
  ID: 'a name',
  STRING: 'quoted text',
  NUMBER: 'a number',
  BOOLEAN: 'true or false',
  UNDEFINED: 'undefined',
  NULL: 'null',
  DATA: '@',
  SEP: '.',
  EQUALS: '=',
  CONTENT: 'text',
  COMMENT: 'a comment',
  INVALID: 'text that cannot appear inside {{ }}',
};

function words(token: string): string {
  return TOKEN_WORDS[token] ?? token.toLowerCase();
}

/**
 * Finds where the grammar stopped. Its message shows up to 20 characters either side of the
 * point (newlines removed) with a caret under it, so we look for the offset in the source
 * whose surroundings read the same, preferring one on the reported line.
 */
function locateCaret(source: string, line: number, excerpt: string, caretIndex: number): number {
  const rawBefore = excerpt.slice(0, caretIndex);
  const before = rawBefore.startsWith('...') ? rawBefore.slice(3) : rawBefore;
  const rawAfter = excerpt.slice(caretIndex);
  const after = rawAfter.endsWith('...') ? rawAfter.slice(0, -3) : rawAfter;
  const flat = (text: string) => text.replace(/\r?\n/g, '');
  let lineStart = 0;
  let currentLine = 1;
  let fallback = -1;
  for (let offset = 0; offset <= source.length; offset += 1) {
    if (offset > 0 && source[offset - 1] === '\n') {
      currentLine += 1;
      lineStart = offset;
    }
    const matchesBefore = flat(source.slice(Math.max(0, offset - before.length - 40), offset)).endsWith(
      before,
    );
    if (!matchesBefore) continue;
    const matchesAfter = flat(source.slice(offset, offset + after.length + 40)).startsWith(after);
    if (!matchesAfter) continue;
    if (currentLine === line) return offset - lineStart + 1;
    if (fallback < 0) fallback = offset - lineStart + 1;
  }
  return fallback > 0 && line === 1 ? fallback : 1;
}

function syntaxProblem(source: string, error: unknown): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: unknown; column?: unknown };
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (typeof located.lineNumber === 'number' && typeof located.column === 'number') {
    const text = mismatch
      ? `{{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}: close it with {{/${mismatch[1]}}}`
      : `Syntax error: ${message.replace(/ - \d+:\d+$/, '')}`;
    return { line: located.lineNumber, column: located.column + 1, message: text, severity: 'error' };
  }
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\nExpecting (.*), got '([^']*)'/s.exec(message);
  if (parse) {
    const [, lineText = '1', excerpt = '', dashes = '', expectedText = '', got = ''] = parse;
    const line = Number(lineText);
    const expected = [...expectedText.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
    const column = locateCaret(source, line, excerpt, dashes.length);
    const text =
      got === 'EOF' && expected.includes('OPEN_ENDBLOCK')
        ? 'A block opened with {{#…}} is never closed: add its {{/…}}'
        : got === 'EOF'
          ? 'The template ends inside an unfinished {{…}} tag'
          : `Syntax error: expected ${[...new Set(expected.map(words))].slice(0, 4).join(' or ')} but found ${words(got)}`;
    return { line, column, message: text, severity: 'error' };
  }
  const lexical = /^Lexical error on line (\d+)\. Unrecognized text\.\n(.*)\n(-*)\^/s.exec(message);
  if (lexical) {
    const [, lineText = '1', excerpt = '', dashes = ''] = lexical;
    const line = Number(lineText);
    return {
      line,
      column: locateCaret(source, line, excerpt, dashes.length),
      message: 'Syntax error: this {{…}} tag or comment is not written correctly',
      severity: 'error',
    };
  }
  return { line: 1, column: 1, message: `Syntax error: ${message.split('\n')[0]}`, severity: 'error' };
}

/**
 * Checks a user template before it is saved or rendered: syntax (with line and column),
 * variables against TEMPLATE_VARIABLES (respecting #each/#with scopes, `this`, `@index`,
 * `../` and `@root`), helpers (money, date, plural and the four block helpers only), and
 * the forbidden constructs: triple braces, partials and decorators.
 */
export function validateTemplate(source: string, kind: TemplateKind): TemplateProblem[] {
  if (source.trim() === '') {
    return [
      {
        line: 1,
        column: 1,
        message: kind === 'subject' ? 'The subject is empty' : 'The body is empty',
        severity: 'error',
      },
    ];
  }
  let program: Program;
  try {
    program = parseTemplate(source);
  } catch (error) {
    return [syntaxProblem(source, error)];
  }
  const checker = new Checker();
  checker.program(program, [{ context: { kind: 'root' }, blockParams: new Map(), inEach: false }]);
  const breakAt = kind === 'subject' ? subjectLineBreak(source) : null;
  if (breakAt) {
    checker.warn(
      { start: breakAt, end: breakAt },
      'A subject is one line: its line breaks will become spaces',
    );
  }
  return checker.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where a subject first breaks onto a new line between two pieces of text, if it does. */
function subjectLineBreak(source: string): { line: number; column: number } | null {
  const match = /\S[^\S\n]*(\r?\n)\s*\S/.exec(source);
  if (!match) return null;
  const offset = match.index + 1;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) };
}

export function hasErrors(problems: readonly TemplateProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
