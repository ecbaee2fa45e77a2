import { ESCALATION_STEPS, phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

const URGENCY = {
  reason: "Adds pressure with urgency the situation doesn't call for; this can read as aggressive.",
  suggestion: "Give a real date instead, e.g. 'Please arrange payment by 12 March.'",
};

const EARLY_FINAL = {
  reason:
    "Calls this a final warning, but it isn't the final step; this reads as a threat and weakens the real final notice.",
  suggestion:
    "Keep 'final' for the final notice; here, e.g. 'Following up on invoice INV-1042, which is now 21 days overdue.'",
  allowedIn: ESCALATION_STEPS,
};

const OVERSTATED_FINAL = {
  reason:
    "Stacks up 'final' or 'last' to raise the pressure; this reads as shouting and undermines your credibility.",
  suggestion:
    "Say it once, plainly: 'This is our final notice before we pass the matter to our collections partner.'",
};

const G15 = sameSentence(15);
const G30 = sameSentence(30);

const NOW_EN = `(?:immediately|at once|right now|right away|this instant|straight away|forthwith)`;
const COUNT_EN = String.raw`(?:\d{1,3}|one|two|three|four|five|six|ten|twelve|twenty|thirty|forty|sixty|twenty-four|forty-eight|seventy-two)`;
const HOURS_TAIL = `(?:the )?(?:next )?(?:${COUNT_EN} (?:hours|hrs|h|minutes|mins)|(?:the|an|one|a single|the next) hour)`;
const HOURS_EN = `(?:within|in) ${HOURS_TAIL}`;
// "No urgent rush", "if anything urgent comes up": the word is there, the pressure is not.
// One list for every language: "urgente" is both French and Spanish.
const NOT_BEFORE = `(?<!(?:(?:not|no|isn't|is not|nothing|non|never|less|anything|something|nicht|nichts|kein|keine|keinerlei|pas|rien|sans|nada|sin|ningún|ninguna|poco) |(?:pas|rien) d'))`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock|h|Uhr)|noon|midday|lunchtime|tonight|close of business|COB|EOD|end of (?:the )?(?:day|today|business))`;

// How banks or parcels usually behave ("transfers normally land within the hour") is not a deadline.
const DESCRIBES_HOW_THINGS_WORK = /\b(?:usually|normally|typically|generally|often|in most cases)\b/i;

const urgencyPatterns = [
  ...phrases({ ...URGENCY, exceptInSentence: DESCRIBES_HOW_THINGS_WORK }, [
    // The lookbehind runs only where "within"/"in" matched, which is far cheaper than a gap after every "pay".
    String.raw`(?:within|in)(?<=(?:pay|settle|transfer|remit|clear|payment|respond|reply|contact us|get back to us|hear from you|money|balance|amount|funds|invoice)\p{L}*\b${G30}\b(?:within|in)) ${HOURS_TAIL}`,
  ]),
  // A same-day cut-off is real only when the invoice falls due today.
  ...phrases({ ...URGENCY, allowedIn: ['due-today'] }, [
    String.raw`(?:by|before|until)(?<=(?:pay|settle|transfer|remit|clear|payment|money|balance|amount|funds)\p{L}*\b${G30}\b(?:by|before|until)) (?:the )?${CLOCK}(?: (?:today|tonight))?(?!,? (?:on|\d))`,
  ]),
  ...phrases(URGENCY, [
    `${NOT_BEFORE}(?:urgent|urgently|urgency)`,
    // Tied to paying or answering, so "I'll send the receipt right away" stays unflagged.
    String.raw`(?:pay|settle|transfer|remit|clear)(?: [^\s.!?;,]+){0,4}? ${NOW_EN}`,
    `(?:paid|settled|transferred|cleared|payment|settlement|action|response|reply|attention) (?:is |are )?(?:required |needed |expected |due |demanded |requested )?${NOW_EN}`,
    String.raw`${NOW_EN}(?: \p{L}+)? (?:pay|settle|transfer|remit|clear|respond|reply)`,
    `immediate (?:payment|settlement|action|response|attention|transfer|remittance)`,
    `${HOURS_EN}(?:,)? (?:or|unless|otherwise)`,
    `you(?:'ve| have)? (?:got )?(?:only |just )?${COUNT_EN} (?:hours|hrs|minutes|mins) (?:left )?to`,
    `(?:act (?:now|fast|quickly|today|immediately)|(?:don't|do not) delay|time is running out|running out of time|before it(?:'s| is) too late|(?:this|it) cannot wait|no time to (?:lose|waste))`,
    String.raw`(?:${NOT_BEFORE}dringend\p{L}*|(?:innerhalb|binnen) (?:von )?(?:24|48|12) Stunden|Handeln Sie (?:jetzt|sofort))`,
    String.raw`sofort\p{L}*\b${G30}\b(?:Zahlung|zahlen|überweisen|begleichen|Überweisung|Ausgleich|ausgleichen)|(?:zahlen|überweisen|begleichen|ausgleichen)\p{L}*\b${G30}\bsofort\p{L}*`,
    `(?:${NOT_BEFORE}urgen(?:t|te|ts|tes|ce)|(?:sous|dans les|d'ici) (?:24|48|12) ?(?:heures|h)|agissez (?:vite|maintenant)|paiement immédiat)`,
    String.raw`(?:pa(?:yer|yez|iement)|régler|réglez|règlement|virement|virer)\b${G30}\b(?:immédiatement|sur-le-champ|sans attendre|tout de suite)|(?:immédiatement|sur-le-champ|tout de suite)\b${G15}\b(?:pa\p{L}+|régl\p{L}+|vir\p{L}+)`,
    `(?:${NOT_BEFORE}urgentes?|urgentemente|urgencia|pago inmediato|(?:en|dentro de) (?:las próximas )?(?:24|48|12) horas)`,
    String.raw`(?:pag\p{L}*|abon\p{L}*|transfer\p{L}*|liquid\p{L}*)\b${G30}\b(?:inmediatamente|de inmediato|ya mismo|ahora mismo)`,
  ]),
  ...phrases(EARLY_FINAL, [
    // "my last reminder" means the previous one, not a threat.
    `(?:final|(?<!(?:my|our|since|in|your|of|to|from) )last)[- ](?:warning|notice|reminder|demand|request|opportunity)`,
    `(?:letzte (?:Warnung|Mahnung|Aufforderung|Gelegenheit)|dernier avertissement|dernière (?:relance|mise en garde)|último aviso|última advertencia)`,
  ]),
  ...phrases(OVERSTATED_FINAL, [
    String.raw`(?:final|last)[,\s-]+(?:final|last)`,
    `(?:very|absolutely|truly|really) (?:final|last) (?:warning|notice|reminder|chance|demand)`,
  ]),
];

/** False urgency: "URGENT", "immediately", "within 24 hours", a "final warning" that isn't final. */
export const falseUrgencyRule = phraseRule('false-urgency', urgencyPatterns);
