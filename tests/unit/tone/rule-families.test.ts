import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../lib/drafts/tone/check-tone.ts';
import type { ToneRuleId } from '../../../lib/drafts/tone/types.ts';

/** The flagged words of one rule, as the user would see them highlighted. */
function flagged(text: string, step: string, rule: ToneRuleId): string[] {
  return checkTone(text, step)
    .filter((flag) => flag.rule === rule)
    .map((flag) => text.slice(flag.start, flag.end));
}

interface SpanCase {
  name: string;
  text: string;
  step?: string;
  rule: ToneRuleId;
  spans: string[];
}

const SPAN_CASES: SpanCase[] = [
  {
    name: 'points at a threat to post the name online',
    text: 'Unless we hear from you, we will post your name online for everyone to see.',
    rule: 'public-shaming',
    spans: ['post your name online'],
  },
  {
    name: 'points at "name and shame"',
    text: "Frankly I'm tempted to name and shame you.",
    rule: 'public-shaming',
    spans: ['name and shame'],
  },
  {
    name: 'points at a review written to warn others',
    text: 'I will leave a review warning others.',
    rule: 'public-shaming',
    spans: ['review warning others'],
  },
  {
    name: "points at a threat to the client's reputation",
    text: 'This will damage your reputation in the industry.',
    rule: 'public-shaming',
    spans: ['damage your reputation'],
  },
  {
    name: 'points at contacting the boss',
    text: 'If nothing changes, I will contact your boss on Monday.',
    rule: 'third-party-contact',
    spans: ['I will contact your boss'],
  },
  {
    name: 'points at telling their clients',
    text: "We'll tell your clients you don't pay.",
    rule: 'third-party-contact',
    spans: ["We'll tell your clients"],
  },
  {
    name: 'points at credit bureaus before the collections step',
    text: 'We may report you to the credit reference agencies.',
    step: 'final',
    rule: 'third-party-contact',
    spans: ['report you to', 'credit reference agencies'],
  },
  {
    name: 'points at "or else"',
    text: 'Pay by Friday, or else.',
    rule: 'ultimatum',
    spans: ['or else'],
  },
  {
    name: 'points at "you\'ll regret" written with a curly apostrophe',
    text: 'You\u2019ll regret this.',
    rule: 'ultimatum',
    spans: ['You\u2019ll regret'],
  },
  {
    name: 'points at legal action in a reminder',
    text: 'Please pay soon, otherwise we will take legal action.',
    rule: 'legal-threat',
    spans: ['legal action'],
  },
  {
    name: 'points at a German debt-collection agency in a reminder',
    text: 'Andernfalls geht die Forderung an ein Inkassobüro.',
    rule: 'legal-threat',
    spans: ['Inkassobüro'],
  },
  {
    name: 'points at a French formal notice before the final step',
    text: 'Sans réponse, nous vous enverrons une mise en demeure.',
    step: 'follow-up',
    rule: 'legal-threat',
    spans: ['mise en demeure'],
  },
  {
    name: 'points at a Spanish lawyer threat',
    text: 'Pasaremos el asunto a nuestro abogado.',
    rule: 'legal-threat',
    spans: ['Pasaremos el asunto a nuestro abogado'],
  },
  {
    name: 'points at an insult',
    text: 'Your finance team is incompetent.',
    rule: 'insult',
    spans: ['incompetent'],
  },
  {
    name: 'points at contempt for "people like you"',
    text: 'That is typical of people like you.',
    rule: 'insult',
    spans: ['typical of people like you'],
  },
  {
    name: 'points at moralising about honesty',
    text: 'Any honest business would have paid by now.',
    rule: 'moralising',
    spans: ['Any honest business'],
  },
  {
    name: 'points at a run of capitals',
    text: 'Your invoice is NOW SERIOUSLY LATE, please pay.',
    rule: 'shouting',
    spans: ['NOW SERIOUSLY LATE'],
  },
  {
    name: 'points at a pile of exclamation marks',
    text: 'Please pay!!!',
    rule: 'exclamation',
    spans: ['!!!'],
  },
  {
    name: 'points at "urgent"',
    text: 'This is urgent.',
    rule: 'false-urgency',
    spans: ['urgent'],
  },
  {
    name: 'points at "within 24 hours", not the words before it',
    text: 'We need the money within 24 hours.',
    rule: 'false-urgency',
    spans: ['within 24 hours'],
  },
  {
    name: 'points at "as we\'ve told you repeatedly"',
    text: "As we've told you repeatedly, the invoice is late.",
    rule: 'coercive-phrasing',
    spans: ["As we've told you repeatedly"],
  },
  {
    name: 'points at "we expect you to"',
    text: 'We expect you to pay this week.',
    rule: 'coercive-phrasing',
    spans: ['We expect you to'],
  },
];

describe('flag offsets', () => {
  it.each(SPAN_CASES)('$name', ({ text, step = 'reminder', rule, spans }) => {
    expect(flagged(text, step, rule)).toEqual(spans);
  });

  it('are UTF-16 offsets into the original text, even after emoji and accented letters', () => {
    const text = 'Héllo 👋 Zoë, we will take legal action.';
    const [flag] = checkTone(text, 'reminder');
    expect(flag?.rule).toBe('legal-threat');
    expect(flag?.start).toBe(text.indexOf('legal action'));
    expect(text.slice(flag?.start, flag?.end)).toBe('legal action');
  });

  it('survive Windows line endings and no-break spaces inside a phrase', () => {
    const text = 'Hello,\r\n\r\nwe will take legal\u00a0action.\r\n';
    expect(flagged(text, 'reminder', 'legal-threat')).toEqual(['legal\u00a0action']);
  });
});

describe('the step of the draft', () => {
  const factualCollections =
    'If the balance is still open on 12 March, we will refer it to a collections agency.';

  it('allows a plainly stated legal next step in the final notice and in collections', () => {
    expect(checkTone(factualCollections, 'final')).toEqual([]);
    expect(checkTone(factualCollections, 'collections')).toEqual([]);
    expect(checkTone('We will start court proceedings to recover the debt.', 'final')).toEqual([]);
  });

  it('flags the same legal next step in earlier steps', () => {
    for (const step of ['courtesy', 'due-today', 'reminder', 'follow-up', 'call', 'plan-proposal']) {
      expect(flagged(factualCollections, step, 'legal-threat'), step).toEqual(['collections agency']);
    }
  });

  it('flags aggressive legal wording even in the final notice', () => {
    expect(flagged("Then we'll see you in court.", 'final', 'legal-threat')).toEqual(['see you in court']);
    expect(flagged('We will send the bailiffs round.', 'collections', 'legal-threat')).toEqual([
      'send the bailiffs round',
    ]);
  });

  it('allows credit reporting only in the collections step', () => {
    const text = 'The agency may report the debt to credit reference agencies.';
    expect(checkTone(text, 'collections')).toEqual([]);
    expect(flagged(text, 'final', 'third-party-contact')).not.toEqual([]);
  });

  it('allows "final notice" in the final step but not in a follow-up', () => {
    expect(checkTone('This is our final notice.', 'final')).toEqual([]);
    expect(flagged('This is our final notice.', 'follow-up', 'false-urgency')).toEqual(['final notice']);
  });

  it('flags "final final warning" even in the final step', () => {
    expect(flagged('This is your final final warning.', 'final', 'false-urgency')).toContain('final final');
  });

  it('allows "failure to pay will result in" only from the final notice on', () => {
    const text = 'Failure to pay by 12 March will result in a referral to our collections partner.';
    expect(checkTone(text, 'final')).toEqual([]);
    expect(flagged(text, 'reminder', 'coercive-phrasing')).not.toEqual([]);
  });

  it('checks a draft as a reminder when no step is given or the step is a custom one', () => {
    const text = 'We will take legal action.';
    expect(checkTone(text)).toEqual(checkTone(text, 'reminder'));
    expect(checkTone(text, 'my-own-step')).toEqual(checkTone(text, 'reminder'));
  });
});

describe('harmless uses of trigger words', () => {
  it.each([
    ['a name that looks like a verb', 'Hi Sue, thanks for the update.'],
    ['an address with "Court"', 'Please post the cheque to 2 Mill Court, York.'],
    ['"courtesy" contains "court"', 'As a courtesy, here is a copy of the invoice.'],
    ['a German jurisdiction clause', 'Gerichtsstand ist München.'],
    ['"sin embargo" means however', 'Sin embargo, el pago no ha llegado.'],
    [
      'a warning about fraudsters changing bank details',
      'Beware of scam emails asking you to change our bank details.',
    ],
    ['the client checking with their own bank', 'Could you check with your bank whether the transfer left?'],
    ['a sort code', 'Please double-check your sort code.'],
    ['"my last reminder" meaning the previous one', 'In my last reminder I attached the wrong PDF, sorry.'],
    ['negated urgency', 'There is no urgency, just let me know when it suits you.'],
  ])('%s', (_label, text) => {
    expect(checkTone(text, 'reminder')).toEqual([]);
  });
});

describe('checkTone', () => {
  it('returns nothing for an empty text', () => {
    expect(checkTone('')).toEqual([]);
  });

  it('returns the same flags every time, sorted by position', () => {
    const text = 'URGENT!! As we told you repeatedly, pay now or else. We will sue.';
    const first = checkTone(text, 'follow-up');
    expect(checkTone(text, 'follow-up')).toEqual(first);
    const starts = first.map((flag) => flag.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('returns flags with exactly rule, start, end, reason and suggestion', () => {
    const [flag] = checkTone('Shame on you.');
    expect(Object.keys(flag ?? {})).toEqual(['rule', 'start', 'end', 'reason', 'suggestion']);
  });

  it('finishes on long repetitive input built to trip up backtracking regexes', () => {
    const inputs = [
      'you '.repeat(50_000),
      'we will '.repeat(20_000),
      'PAY '.repeat(50_000),
      '!'.repeat(100_000),
      'a'.repeat(200_000),
      ' '.repeat(200_000),
      'I told you repeatedly that our lawyer will '.repeat(4_000),
      'take your '.repeat(20_000),
      'our lawyer checked '.repeat(8_000),
    ];
    for (const input of inputs) expect(Array.isArray(checkTone(input, 'reminder'))).toBe(true);
  });
});
