import { parse } from 'handlebars/dist/cjs/handlebars/compiler/base.js';

/**
 * The parts of the Handlebars 4.7 AST the validator reads. Parsing is eval-free: it imports only
 * the grammar, never the code generator, so it runs in any extension page or content script.
 */

export interface Position {
  /** 1-based. */
  line: number;
  /** 0-based, as Handlebars reports it. */
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export interface PathExpression {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc: SourceLocation;
}

export interface Literal {
  type: 'StringLiteral' | 'NumberLiteral' | 'BooleanLiteral' | 'UndefinedLiteral' | 'NullLiteral';
  original: unknown;
  loc: SourceLocation;
}

export interface SubExpression {
  type: 'SubExpression';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  loc: SourceLocation;
}

export type Expression = PathExpression | Literal | SubExpression;

export interface Hash {
  pairs: { key: string; value: Expression; loc: SourceLocation }[];
}

export interface Program {
  type: 'Program';
  body: Statement[];
  blockParams?: string[];
  loc?: SourceLocation;
}

export interface MustacheStatement {
  type: 'MustacheStatement' | 'Decorator';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  escaped: boolean;
  loc: SourceLocation;
}

export interface BlockStatement {
  type: 'BlockStatement' | 'DecoratorBlock';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  program: Program | null;
  inverse: Program | null;
  loc: SourceLocation;
}

export interface OtherStatement {
  type: 'ContentStatement' | 'CommentStatement' | 'PartialStatement' | 'PartialBlockStatement';
  loc: SourceLocation;
}

export type Statement = MustacheStatement | BlockStatement | OtherStatement;

export function parseTemplate(source: string): Program {
  return parse(source) as Program;
}
