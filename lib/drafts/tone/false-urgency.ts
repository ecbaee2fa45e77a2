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
const HOURS_EN = `(?:within|in) (?:the )?(?:next )?(?:24|48|12|72|twenty-four|forty-eight|twelve|seventy-two) (?:hours|hrs|h)`;
const NOT_BEFORE = `(?<!(?:not|no|isn't|is not|nothing|non|never|less) )`;

const urgencyPatterns = [
  ...phrases(URGENCY, [
    `${NOT_BEFORE}(?:urgent|urgently|urgency)`,
    // Tied to paying or answering, so "I'll send the receipt right away" stays unflagged.
    String.raw`(?:pay|settle|transfer|remit|clear)(?: [^\s.!?;,]+){0,4}? ${NOW_EN}`,
    `(?:paid|settled|transferred|cleared|payment|settlement|action|response|reply|attention) (?:is |are )?(?:required |needed |expected |due |demanded |requested )?${NOW_EN}`,
    String.raw`${NOW_EN}(?: \p{L}+)? (?:pay|settle|transfer|remit|clear|respond|reply)`,
    `immediate (?:payment|settlement|action|response|attention|transfer|remittance)`,
    String.raw`(?:pay|settle|transfer|remit|clear|payment|respond|reply|contact us|get back to us|hear from you|money|balance|amount|funds|invoice)\p{L}*\b${G30}\b(?<hit>${HOURS_EN})`,
    `${HOURS_EN}(?:,)? or`,
    `within (?:the|an|one|a single) hour`,
    `(?:act (?:now|fast|quickly|today|immediately)|(?:don't|do not) delay|time is running out|running out of time|before it(?:'s| is) too late|(?:this|it) cannot wait|no time to (?:lose|waste))`,
    String.raw`(?:${NOT_BEFORE}dringend\p{L}*|(?:innerhalb|binnen) (?:von )?(?:24|48|12) Stunden|Handeln Sie (?:jetzt|sofort))`,
    String.raw`sofort\p{L}*\b${G30}\b(?:Zahlung|zahlen|überweisen|begleichen|Überweisung|Ausgleich|ausgleichen)|(?:zahlen|überweisen|begleichen|ausgleichen)\p{L}*\b${G30}\bsofort\p{L}*`,
    `(?:${NOT_BEFORE}urgen(?:t|te|ts|tes|ce)|(?:sous|dans les|d'ici) (?:24|48|12) ?(?:heures|h)|agissez (?:vite|maintenant)|paiement immédiat)`,
    String.raw`(?:pa(?:yer|yez|iement)|régler|réglez|règlement|virement|virer)\b${G30}\b(?:immédiatement|sur-le-champ|sans attendre|tout de suite)|(?:immédiatement|sur-le-champ|tout de suite)\b${G15}\b(?:pa\p{L}+|régl\p{L}+|vir\p{L}+)`,
    `(?:(?<!no es )urgentes?|urgentemente|urgencia|pago inmediato|(?:en|dentro de) (?:las próximas )?(?:24|48|12) horas)`,
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
