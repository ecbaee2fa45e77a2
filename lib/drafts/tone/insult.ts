import { phraseRule, phrases } from './phrase-pattern.ts';

const INSULT = {
  reason: 'Insults or belittles the client; this hurts the relationship and rarely gets you paid any faster.',
  suggestion:
    "Describe the situation instead of the person, e.g. 'The invoice is now 30 days overdue and I haven't had a reply to my last two emails.'",
};

const CONTEMPT = {
  reason: 'Sounds contemptuous or sarcastic; the reader will react to the tone, not the request.',
  suggestion:
    "Keep to the facts and a clear ask, e.g. 'Could you let me know when the balance will be paid?'",
};

const insultPatterns = [
  ...phrases(INSULT, [
    `(?:deadbeats?|pathetic|incompet(?:ent|ence|ently)|disgrace(?:ful|fully)?|scammers?|scamming|liars?|crooks?|crooked|thie(?:f|ves)|cheats?(?! sheets?)|cheaters?|cheating|fraudsters?|con (?:artists?|men|man)|idiots?|idiotic|stupid|stupidity|morons?|moronic|clowns?|clueless|useless|amateurish|unprofessional|laughable|ridiculous|absurd|shameless|spineless|pitiful|appalling|outrageous|contemptible|despicable|parasites?|leech(?:es)?|freeloaders?|bloodsuckers?|scum|lowlifes?|losers?|shambles|shambolic|sloppy|lazy|rude|rudeness|insulting|arrogant|beneath contempt)`,
    `(?<!(?:avoid|of|against|prevent|report|spot|beware) )scams?(?! (?:e-?mails?|mails?|messages?|calls?|attempts?|alerts?|warnings?|texts?|letters?|invoices?))`,
    `(?:you(?:'re| are)|(?:is|are|was) (?:a|an)|(?:total|complete|absolute|utter)) (?:a |an )?(?:total |complete |absolute |utter )?(?:frauds?|joke)(?! (?:prevention|protection|team|department|check|alert|risk|attempt))`,
    String.raw`(?:commit\p{L}* fraud|this is fraud|that's fraud|(?:you(?:'re| are)|stop) lying|you lied)`,
    `(?:bunch of|such|complete|total) amateurs?`,
    `(?:you(?:'re| are| have been|'ve been)) (?:so |very |completely |totally |utterly )?unreliable`,
    `(?:get your act together|pull yourselves? together|grow up)`,
    String.raw`(?:Betrüger\p{L}*|Betrug|unverschämt\p{L}*|Unverschämtheit|Frechheit|erbärmlich\p{L}*|inkompetent\p{L}*|Inkompetenz|Lügner\p{L}*|Abzock\p{L}*|Gauner\p{L}*|Idiot\p{L}*|dumm(?:e|en|er|es|heit)?|lächerlich\p{L}*|unprofessionell\p{L}*|Saftladen|Zumutung|(?:ein|der reinste) Witz|Schlamperei|schlampig\p{L}*)`,
    String.raw`(?:escroc\p{L}*|escroquerie|arnaque\p{L}*|arnaqueu\p{L}*|pathétique\p{L}*|incompétent\p{L}*|incompétence|menteu(?:r|rs|se|ses)|voleu(?:r|rs|se|ses)|minable\p{L}*|lamentable\p{L}*|ridicule\p{L}*|mauvais payeu\p{L}*|mauvaise payeuse|scandaleu\p{L}*|irrespectueu\p{L}*|(?:des|les) gens comme vous)`,
    String.raw`(?:estafa\p{L}*|sinvergüenza\p{L}*|patétic[oa]s?|incompetente\p{L}*|incompetencia|mentiros[oa]s?|ladr[oó]n\p{L}*|ladrones|moros[oa]s?|impresentables?|ridícul[oa]s?|ineptos?|inútil(?:es)?|gente como usted(?:es)?|una (?:vergüenza|broma)|tomadura de pelo|caradura\p{L}*|irresponsables?)`,
  ]),
  ...phrases(CONTEMPT, [
    `(?:people|companies|businesses|clients|customers|folks|firms) like you(?:rs)?`,
    `(?:typical|classic) (?:of )?(?:you|your (?:sort|type|kind)|people|companies)`,
    `you people`,
    `(?:beyond a|what a|such a|is a|it's a) joke`,
    `(?:are you (?:kidding|joking)(?: me)?|you (?:must|have got to|'ve got to) be (?:kidding|joking))`,
    `(?:do|did) you think (?:we|I) (?:work|are working|am working|do this) for free|(?:we're|we are|I'm|I am) not a (?:charity|bank)`,
    `(?:wir sind|ich bin) (?:kein|keine) (?:Bank|Wohltätigkeitsverein|Wohlfahrtsverband|Sozialamt)|(?:nous ne sommes|je ne suis) pas une (?:banque|œuvre de charité|association caritative)|no (?:somos|soy) (?:un banco|una ONG|una entidad benéfica|hermanitas de la caridad)`,
    `your (?:sort|type)(?! (?:of|code|codes|number))`,
    `(?:can(?:'t|not)?|do|did|are|could) you (?:even|actually) (?:read|understand|count|know how|able|capable|bother)`,
    `(?:is it|is that) (?:really )?(?:so|that|too) (?:hard|difficult) (?:for you )?to`,
    `(?:thanks|thank you) for (?:finally|eventually|at last) (?:paying|getting round|bothering|replying|deciding)`,
    `(?:better late than never|nice of you to finally|good of you to finally|how kind of you to finally)`,
  ]),
];

/** Insults, contempt and sarcasm aimed at the client. */
export const insultRule = phraseRule('insult', insultPatterns);
