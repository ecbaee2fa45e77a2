import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURE_DIR = resolve('tests/fixtures/outlook');

export const CONVERSATION_FIXTURES = [
  'invoice-thread.en',
  'invoice-thread.de',
  'newsletter.en',
  'newsletter.de',
  'inline-reply.en',
  'inline-reply.de',
] as const;
export const COMPOSE_FIXTURES = [
  'new-compose.en',
  'new-compose.de',
  'inline-reply.en',
  'inline-reply.de',
  'popout-compose.en',
  'popout-compose.de',
] as const;
export const ALL_FIXTURES = [...new Set([...CONVERSATION_FIXTURES, ...COMPOSE_FIXTURES])];

export type FixtureName = (typeof ALL_FIXTURES)[number];

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURE_DIR, `${name}.html`), 'utf8');
}

/** The address a fixture pretends to be at (its `tactful-fixture-url` meta). */
export function fixtureUrl(html: string): string {
  const found = /<meta name="tactful-fixture-url" content="([^"]+)"/.exec(html);
  if (!found?.[1]) throw new Error('fixture without a tactful-fixture-url meta');
  return found[1];
}

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

export function setUrl(url: string): void {
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
}

/** Puts a fixture into happy-dom's document, at the address the fixture pretends to be. */
export function loadFixture(name: string): { url: string; lang: string } {
  const html = fixtureHtml(name);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const url = fixtureUrl(html);
  setUrl(url);
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return { url, lang: parsed.documentElement.lang };
}

/** Replaces the reading pane's content with another fixture's, as the app does on navigation. */
export function renderPaneOf(name: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  const next = parsed.getElementById('ReadingPaneContainerId');
  const current = document.getElementById('ReadingPaneContainerId');
  if (!next || !current) throw new Error('no reading pane to swap');
  current.replaceChildren(...[...next.childNodes].map((node) => document.importNode(node, true)));
}
