import { ESCALATION_STEPS, phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

const REPEATED = {
  reason:
    'Sounds exasperated or passive-aggressive about having to repeat yourself; this puts the reader on the defensive.',
  suggestion:
    "Refer to earlier messages neutrally, e.g. 'Following up on my email of 3 March about invoice INV-1042, …'",
};

const IGNORED = {
  reason: 'Accuses the client of ignoring you; a neutral follow-up gets more replies.',
  suggestion:
    "Assume good faith, e.g. 'I haven't heard back yet, so I wanted to check this reached the right person.'",
};

const PATIENCE = {
  reason: 'Talks about your patience running out; this reads as a veiled threat.',
  suggestion:
    "State the next step and its date instead, e.g. 'If payment isn't received by 12 March, I'll give you a call.'",
};

const ORDER = {
  reason: 'Sounds like an order rather than a request.',
  suggestion: "Ask plainly and give a date, e.g. 'Please arrange payment by 12 March.'",
};

const EARLY_ORDER = { ...ORDER, allowedIn: ESCALATION_STEPS };

const EARLY_CONSEQUENCE = {
  reason: 'Warns of consequences before the final notice; this can read as a threat at this stage.',
  suggestion:
    "For now, ask for a date, e.g. 'Could you let me know when we can expect payment?'; state the consequences plainly in the final notice.",
  allowedIn: ESCALATION_STEPS,
};

const REPETITION = String.raw`(?:repeatedly|several times|many times|numerous times|countless times|multiple times|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\d+) times|again and again|over and over(?: again)?|time and (?:time )?again|more than once|umpteen times|a hundred times|a thousand times)`;
const G20 = sameSentence(20);
const G30 = sameSentence(30);
const G40 = sameSentence(40);

const coercivePatterns = [
  ...phrases(REPEATED, [
    `as (?:I|we)(?:'ve| have)? (?:already |repeatedly |previously )?(?:told|reminded|warned|explained to|informed)(?: you)?`,
    String.raw`as (?:I|we)(?:'ve| have)? (?:already )?(?:said|mentioned|stated|pointed out|explained|written)\b${G20}\b${REPETITION}`,
    String.raw`(?:I|we)(?:'ve| have) (?:already )?(?:told|reminded|warned|explained to) you\b${G30}\b(?:${REPETITION}|already|before)`,
    String.raw`for the (?:third|fourth|fifth|sixth|umpteenth|nth|hundredth|thousandth|last|\d+(?:st|nd|rd|th)) time`,
    `(?:I|we) (?:don't|do not) know how many (?:more )?times`,
    `how many (?:more )?times (?:do|must|will|should|have)`,
    `(?:as )?per my (?:last|previous|earlier) (?:e-?mails?|messages?|notes?|letters?)`,
    `(?:I|we) (?:shouldn't|should not) (?:have|need) to (?:remind|chase|ask|keep|write)`,
    `(?:yet|once) again(?:,)? (?:I|we) (?:have|must|am|are) (?:to )?(?:remind|chase|ask|write)`,
    `(?:wie (?:bereits|schon) (?:mehrfach|mehrmals|oft|x-mal|zigmal|wiederholt)|zum (?:dritten|vierten|fünften|x-ten|zigsten|wiederholten|letzten) Mal)`,
    String.raw`(?:comme (?:nous vous l'avons|je vous l'ai) (?:déjà )?(?:dit|répété|rappelé|expliqué|signalé)\b${G20}\b(?:plusieurs fois|à plusieurs reprises|maintes fois|mille fois|cent fois|déjà)|pour la (?:deuxième|troisième|quatrième|énième|dernière) fois)`,
    String.raw`(?:como (?:ya )?(?:le|te|les) (?:hemos|he) (?:dicho|repetido|recordado|explicado|advertido)\b${G20}\b(?:varias veces|repetidamente|muchas veces|en varias ocasiones|mil veces|ya)|por (?:tercera|cuarta|quinta|enésima|última) vez)`,
  ]),
  ...phrases(IGNORED, [
    String.raw`you(?:'ve| have)? (?:clearly |obviously |conveniently |deliberately |simply |completely |repeatedly |just |chosen to |decided to |continue to |continued to |keep |kept )*ignor\p{L}*`,
    `you(?:'ve| have| are|'re)? (?:been )?(?:ignoring|avoiding|dodging|evading)`,
    `(?:stop|quit) (?:ignoring|avoiding|dodging|evading|hiding)`,
    `(?:clearly|obviously) (?:don't|do not|can't|cannot|couldn't) (?:care|be bothered)`,
    `(?:you|they) (?:clearly|obviously) (?:have no intention|never intended)`,
    `you (?:clearly |obviously |simply |just )?never (?:meant|intended|planned|wanted) to (?:pay|settle)`,
    String.raw`(?:Sie haben|haben Sie)\b${G40}\bignoriert|ignorieren Sie`,
    String.raw`vous (?:avez|n'avez)\b${G30}\bignor\p{L}*|vous ignorez`,
    `(?:ha|han|has) (?:ignorado|hecho caso omiso)|sigue ignorando`,
  ]),
  ...phrases(PATIENCE, [
    `(?:hard|difficult) (?:for (?:us|me) )?to (?:stay|remain|keep|be) (?:polite|nice|civil|patient|calm|friendly|courteous)`,
    `(?:we are|we're|I am|I'm) (?:quickly |rapidly )?(?:losing|running out of|out of) (?:our |my )?patience`,
    `(?:our|my) patience (?:is|has|was) (?:wearing|running|worn|run|growing|getting) (?:thin|out|short)`,
    `(?:our|my) patience (?:has (?:its )?limits|is (?:not )?(?:limitless|infinite|exhausted)|has run out)`,
    String.raw`(?:unsere|meine) Geduld\b${G30}\b(?:Ende|erschöpft|Grenzen)`,
    `(?:notre|ma) patience (?:a (?:des|ses) limites|est à bout|s'épuise|touche à sa fin)`,
    `(?:se nos está|se me está) (?:acabando|agotando) la paciencia|(?:nuestra|mi) paciencia (?:tiene (?:un )?límites?|se (?:agota|acaba|ha agotado))`,
  ]),
  ...phrases(ORDER, [
    `(?:we|I) (?:fully |do )?expect you to`,
    String.raw`(?:I|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| shall)? keep (?:on )?(?:calling|emailing|chasing|writing|ringing|phoning|texting|messaging|coming)\b${G40}\buntil`,
    `(?:we|I) (?:refuse to|will not|won't|do not|don't) (?:accept|tolerate) (?:any )?(?:excuses|this|late|delays?|non-?payment|further)`,
    `(?:no more|enough|spare (?:me|us) the|without any|stop making|don't want (?:to hear )?any|no) excuses`,
    `(?:we|I) (?:know|can see) (?:that )?you (?:have|'ve got|got) the money|you can (?:clearly|obviously|easily) afford`,
    `(?:surely|obviously) you (?:can|could|must|know|understand|realise|realize)`,
    `how (?:hard|difficult) can it be`,
    `pay up`,
    `(?:sick and tired|fed up with|(?:I|we)(?:'ve| have|'ve just| have just) had (?:enough|it with)|enough is enough|at the end of (?:my|our) tether)`,
    `(?:in|for) your (?:own )?best interests?`,
    String.raw`(?:zahlen|überweisen|begleichen|melden) Sie (?:\p{L}+ )?endlich|(?:wir haben|ich habe) (?:es|die Nase) (?:satt|voll)|keine Ausreden`,
    `(?:nous en avons|j'en ai) assez|ras[- ]le[- ]bol|(?:pas|plus) d'excuses|une bonne fois pour toutes`,
    `(?:estamos|estoy) hart[oa]s?|(?:basta|ya está bien) de excusas|sin (?:más )?excusas|de una vez(?: por todas)?`,
    `(?:no|any) intention (?:of|to) (?:paying|pay|settling|settle)`,
    String.raw`ignoring (?:this|it|us|me|our \p{L}+|my \p{L}+) (?:will not|won't|doesn't|does not|isn't|is not)`,
    String.raw`(?:wir|ich) erwarte\p{L}*,? dass Sie`,
    `nous attendons de vous que|j'attends de vous que`,
    `esperamos que usted`,
  ]),
  ...phrases(EARLY_ORDER, [
    `(?:we|I) (?:must )?(?:demand|insist)(?:s|ed)?`,
    `you (?:must|have got to|'ve got to) (?:pay|settle|transfer|clear|make (?:the )?payment)`,
    `you are (?:required|obliged|obligated) to`,
    String.raw`(?:wir|ich) verlange\p{L}*`,
    `(?:nous exigeons|j'exige|exigeons)`,
    `(?:exigimos|exijo)`,
  ]),
  ...phrases(EARLY_CONSEQUENCE, [
    String.raw`failure to (?:pay|settle|make (?:the )?payment|respond|reply|comply)\b${G40}\b(?:will|shall|may|could|would) (?:result|lead|leave|force|mean)`,
    `(?:we|I) (?:will|shall|'ll) (?:have|be forced|be obliged|be left with) no (?:choice|option|alternative) but to`,
    `(?:we|I) (?:will|shall|'ll) be forced to`,
    String.raw`tak\p{L}* (?:this|it|the matter|things|matters) (?:any )?further`,
    `(?:take|taking|took) (?:further|other|additional|formal) (?:action|steps|measures)`,
    `you(?:'ve|'re| have| are)? (?:leave|leaving|left|give|giving|gave) (?:us|me) (?:no|little|very little|not much|no other) (?:choice|option|alternative)s?`,
    `(?:lassen (?:uns|mir)|bleibt (?:uns|mir)) keine (?:andere )?Wahl|ne (?:nous|me) laissez (?:pas|guère) le choix|no (?:nos|me) deja (?:otra )?(?:opción|alternativa|elección)`,
  ]),
];

/** Coercive and passive-aggressive phrasing: "as we've told you repeatedly", "we expect you to". */
export const coercivePhrasingRule = phraseRule('coercive-phrasing', coercivePatterns);
