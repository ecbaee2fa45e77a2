import type { DraftLanguage } from '../language.ts';
import type { TemplateId } from '../template-ids.ts';

/** One built-in template: a one-line subject, an HTML body and a plain-text body, all Handlebars. */
export interface TemplateSource {
  subject: string;
  html: string;
  text: string;
}

export type BuiltInSet = Record<TemplateId, TemplateSource>;

/** Output of `Handlebars.precompile`, as an object literal: its functions run on handlebars/runtime. */
export interface PrecompiledSpec {
  readonly compiler: readonly [number, string];
  readonly main: unknown;
}

export type PrecompiledSet = Record<
  DraftLanguage,
  Record<TemplateId, Record<keyof TemplateSource, PrecompiledSpec>>
>;
