import type { Address } from '../../detect/types.ts';
import { findAll } from './selectors.ts';

const EMAIL = /[^\s<>()[\]"';,:]+@[^\s<>()[\]"';,:]+\.[^\s<>()[\]"';,:]+/;

function clean(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Dana Whitfield <dana@whitfield.test>", "dana@whitfield.test" or a display name alone: work
 * tenants often show same-organisation senders by name only (OUTLOOK.md §5), so `address` may be ''.
 */
export function parsePerson(text: string): Address | null {
  const line = clean(text);
  if (line === '') return null;
  const angled = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(line);
  if (angled) return { name: unquote(angled[1] ?? ''), address: (angled[2] ?? '').toLowerCase() };
  const bare = EMAIL.exec(line);
  if (bare && bare[0].length === line.length) return { name: '', address: bare[0].toLowerCase() };
  return { name: unquote(line), address: '' };
}

function unquote(name: string): string {
  return clean(name)
    .replace(/^["']|["']$/g, '')
    .trim();
}

/** The address a persona chip carries in its own attributes, if any (never its hover card). */
function chipAddress(chip: Element): string {
  for (const attribute of ['title', 'aria-label', 'data-lpc-hover-target-id']) {
    const found = EMAIL.exec(chip.getAttribute(attribute) ?? '');
    if (found) return found[0].toLowerCase();
  }
  return '';
}

function outermost(elements: Element[]): Element[] {
  return elements.filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
}

/** People in a header field: its persona chips, else its text split on ";" once the label is cut off. */
export function readPeople(field: Element, labelPrefixes: readonly string[] = []): Address[] {
  const chips = outermost(findAll(field, 'person'));
  if (chips.length > 0) {
    return chips.flatMap((chip) => {
      const person = parsePerson(chip.textContent ?? '');
      if (!person) return [];
      return [{ name: person.name, address: person.address || chipAddress(chip) }];
    });
  }
  let text = clean(field.textContent ?? '');
  for (const prefix of labelPrefixes) {
    if (text.toLowerCase().startsWith(prefix.toLowerCase())) {
      text = text.slice(prefix.length);
      break;
    }
  }
  return text.split(/[;\n]/).flatMap((part) => {
    const person = parsePerson(part);
    return person ? [person] : [];
  });
}

/** Every address written in a compose form's To field: its chips' text and attributes, and typed text. */
export function addressesIn(field: Element): string[] {
  const found = new Set<string>();
  const collect = (text: string | null) => {
    for (const match of (text ?? '').matchAll(new RegExp(EMAIL.source, 'g')))
      found.add(match[0].toLowerCase());
  };
  collect(field.textContent);
  for (const chip of findAll(field, 'person')) {
    collect(chip.getAttribute('title'));
    collect(chip.getAttribute('aria-label'));
    collect(chip.getAttribute('data-lpc-hover-target-id'));
  }
  return [...found];
}
