import type { TemplateSource } from './types.ts';

/**
 * A tiny layout language for the built-in templates: each template is written once as blocks
 * of Handlebars text, and the plain-text and HTML bodies are both derived from it, so the two
 * can never say different things. Block text is Handlebars source; `{{ }}` escapes in HTML.
 */
export type Block =
  | { kind: 'para'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'when'; condition: string; then: Block[]; otherwise: Block[] }
  | { kind: 'facts'; rows: FactRow[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'each'; label: string; list: string; item: string }
  | { kind: 'lines'; label: string; text: string; list: string }
  | { kind: 'instalments'; headers: { n: string; date: string; amount: string; total: string } }
  | { kind: 'signOff'; closing: string };

export interface FactRow {
  label: string;
  value: string;
  /** Show the row only when this variable is truthy. */
  when?: string;
}

export const para = (text: string): Block => ({ kind: 'para', text });
export const heading = (text: string): Block => ({ kind: 'heading', text });
/** `condition` is a variable path; prefix it with "!" for "unless". */
export const when = (condition: string, then: Block[], otherwise: Block[] = []): Block => ({
  kind: 'when',
  condition,
  then,
  otherwise,
});
export const facts = (...rows: FactRow[]): Block => ({ kind: 'facts', rows });
export const row = (label: string, value: string, condition?: string): FactRow =>
  condition ? { label, value, when: condition } : { label, value };
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
/** A labelled bullet list with one line per item of a list variable. */
export const each = (label: string, list: string, item: string): Block => ({
  kind: 'each',
  label,
  list,
  item,
});
/** A label, then a multi-line variable: as one text variable in the text body, line by line in HTML. */
export const lines = (label: string, text: string, list: string): Block => ({
  kind: 'lines',
  label,
  text,
  list,
});
export const instalmentTable = (n: string, date: string, amount: string, total: string): Block => ({
  kind: 'instalments',
  headers: { n, date, amount, total },
});
export const signOff = (closing: string): Block => ({ kind: 'signOff', closing });

function openTag(condition: string): [string, string] {
  return condition.startsWith('!')
    ? [`{{#unless ${condition.slice(1)}}}`, '{{/unless}}']
    : [`{{#if ${condition}}}`, '{{/if}}'];
}

function textBlock(block: Block, colon: string): string {
  switch (block.kind) {
    case 'para':
      return `${block.text}\n\n`;
    case 'heading':
      return `${block.text}\n`;
    case 'when': {
      const [open, close] = openTag(block.condition);
      const otherwise =
        block.otherwise.length > 0
          ? `{{else}}\n${block.otherwise.map((inner) => textBlock(inner, colon)).join('')}`
          : '';
      return `${open}\n${block.then.map((inner) => textBlock(inner, colon)).join('')}${otherwise}${close}\n`;
    }
    case 'facts':
      return `${block.rows
        .map((fact) => {
          const line = `${fact.label}${colon} ${fact.value}\n`;
          if (!fact.when) return line;
          const [open, close] = openTag(fact.when);
          return `${open}\n${line}${close}\n`;
        })
        .join('')}\n`;
    case 'bullets':
      return `${block.items.map((item) => `- ${item}\n`).join('')}\n`;
    case 'each':
      return `${block.label}\n{{#each ${block.list}}}\n- ${block.item}\n{{/each}}\n\n`;
    case 'lines':
      return `${block.label}\n{{${block.text}}}\n\n`;
    case 'instalments':
      return `{{#each plan.instalments}}\n{{n}}. {{date}}${colon} {{amount}}\n{{/each}}\n${block.headers.total}${colon} {{plan.total}}\n\n`;
    case 'signOff':
      return `${block.closing}\n{{sender.signature}}\n`;
  }
}

const CELL = 'padding:4px 16px 4px 0;text-align:left';
const CELL_RIGHT = 'padding:4px 0 4px 16px;text-align:right';

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'para':
      return `<p>${block.text.replace(/\n/g, '<br>\n')}</p>\n`;
    case 'heading':
      return `<h3>${block.text}</h3>\n`;
    case 'when': {
      const [open, close] = openTag(block.condition);
      const otherwise =
        block.otherwise.length > 0 ? `{{else}}\n${block.otherwise.map(htmlBlock).join('')}` : '';
      return `${open}\n${block.then.map(htmlBlock).join('')}${otherwise}${close}\n`;
    }
    case 'facts':
      return `<table style="border-collapse:collapse">\n${block.rows
        .map((fact) => {
          const line = `<tr><td style="${CELL}">${fact.label}</td><td style="${CELL_RIGHT}">${fact.value}</td></tr>\n`;
          if (!fact.when) return line;
          const [open, close] = openTag(fact.when);
          return `${open}\n${line}${close}\n`;
        })
        .join('')}</table>\n`;
    case 'bullets':
      return `<ul>\n${block.items.map((item) => `<li>${item}</li>\n`).join('')}</ul>\n`;
    case 'each':
      return `<p>${block.label}</p>\n<ul>\n{{#each ${block.list}}}\n<li>${block.item}</li>\n{{/each}}\n</ul>\n`;
    case 'lines':
      return `<p>${block.label}<br>\n{{#each ${block.list}}}\n{{this}}{{#unless @last}}<br>{{/unless}}\n{{/each}}\n</p>\n`;
    case 'instalments': {
      const { n, date, amount, total } = block.headers;
      return (
        `<table style="border-collapse:collapse">\n` +
        `<tr><th style="${CELL}">${n}</th><th style="${CELL}">${date}</th><th style="${CELL_RIGHT}">${amount}</th></tr>\n` +
        `{{#each plan.instalments}}\n` +
        `<tr><td style="${CELL}">{{n}}</td><td style="${CELL}">{{date}}</td><td style="${CELL_RIGHT}">{{amount}}</td></tr>\n` +
        `{{/each}}\n` +
        `<tr><td style="${CELL}"></td><td style="${CELL}"><strong>${total}</strong></td><td style="${CELL_RIGHT}"><strong>{{plan.total}}</strong></td></tr>\n` +
        `</table>\n`
      );
    }
    case 'signOff':
      return `<p>${block.closing}<br>\n{{#each sender.signatureLines}}\n{{this}}{{#unless @last}}<br>{{/unless}}\n{{/each}}\n</p>\n`;
  }
}

/** Typography of a language: French puts a no-break space before a colon. */
export interface TemplateStyle {
  colon: string;
}

/** Builds a template's three sources from its subject and body blocks. */
export function template(
  subject: string,
  body: Block[],
  style: TemplateStyle = { colon: ':' },
): TemplateSource {
  return {
    subject,
    text: body
      .map((block) => textBlock(block, style.colon))
      .join('')
      .trimEnd(),
    html: body.map(htmlBlock).join('').trimEnd(),
  };
}
