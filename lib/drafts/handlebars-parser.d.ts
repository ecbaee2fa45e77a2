// Handlebars' parser on its own: the jison grammar, whitespace control and AST helpers, without the
// code generator (which calls `new Function`). Shape of the AST: see lib/drafts/template-ast.ts.
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string, options?: { srcName?: string; ignoreStandalone?: boolean }): unknown;
}
