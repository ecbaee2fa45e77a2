import { phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

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

const G50 = sameSentence(50);
const G60 = sameSentence(60);

const insultPatterns = [
  ...phrases(INSULT, [
    `(?:deadbeats?|pathetic|incompet(?:ent|ence|ently)|disgrace(?:ful|fully)?|scammers?|scamming|liars?|crooks?|crooked|thie(?:f|ves)|cheats?(?! sheets?)|cheaters?|cheating|fraudsters?|con (?:artists?|men|man)|idiots?|idiotic|stupid|stupidity|morons?|moronic|clowns?|cowards?|cowardly|clueless|useless|amateurish|unprofessional|laughable|ridiculous|absurd|shameless|spineless|pitiful|appalling|outrageous|contemptible|despicable|parasites?|leech(?:es)?|freeloaders?|bloodsuckers?|scum|lowlifes?|losers?|shambles|shambolic|sloppy|lazy|rude|rudeness|insulting|arrogant|beneath contempt)`,
    `(?<!(?:avoid|of|against|prevent|report|spot|beware) )scams?(?! (?:e-?mails?|mails?|messages?|calls?|attempts?|alerts?|warnings?|texts?|letters?|invoices?))`,
    `(?:you(?:'re| are)|(?:is|are|was) (?:a|an)|(?:total|complete|absolute|utter)) (?:a |an )?(?:total |complete |absolute |utter )?(?:frauds?|joke)(?! (?:prevention|protection|team|department|check|alert|risk|attempt))`,
    String.raw`(?:commit\p{L}* fraud|this is fraud|that's fraud|(?:you(?:'re| are)|stop) lying|you lied)`,
    `(?:bunch of|such|complete|total) amateurs?`,
    `(?:you(?:'re| are| have been|'ve been)) (?:so |very |completely |totally |utterly )?unreliable`,
    `(?:get your act together|pull yourselves? together|grow up)`,
    String.raw`(?:Betrüger\p{L}*|Betrug|unverschämt\p{L}*|Unverschämtheit|Frechheit|erbärmlich\p{L}*|inkompetent\p{L}*|Inkompetenz|Lügner\p{L}*|Abzock\p{L}*|Gauner\p{L}*|Idiot\p{L}*|dumm(?:e|en|er|es|heit)?|lächerlich\p{L}*|unprofessionell\p{L}*|Saftladen|Zumutung|unfähig\p{L}*|Chaot\p{L}*|Versager\p{L}*|Stümper\p{L}*|Dilettant\p{L}*|Trottel\p{L}*|Schmarotzer\p{L}*|Pfuscher\p{L}*|unterirdisch\p{L}*|(?:ein|der reinste) Witz|Schlamperei|schlampig\p{L}*)`,
    String.raw`(?:escroc\p{L}*|escroquerie|arnaque\p{L}*|arnaqueu\p{L}*|pathétique\p{L}*|incompétent\p{L}*|incompétence|menteu(?:r|rs|se|ses)|voleu(?:r|rs|se|ses)|minable\p{L}*|lamentable\p{L}*|ridicule\p{L}*|mauvais payeu\p{L}*|mauvaise payeuse|scandaleu\p{L}*|irrespectueu\p{L}*|(?:des|les) gens comme vous|bon(?:ne)?s? à rien|guignols?|charlatans?|voyous?)`,
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
    String.raw`(?:thanks|thank you|congratulations|congrats|well done|bravo|good job|nice work) (?:for|on) (?:finally|eventually|at last) \p{L}+`,
    `finally (?:managing|managed|getting round|got round|bothering|bothered|remembering|remembered|deciding|decided) to`,
    // Thanks for something bad is sarcasm: "thanks so much for ignoring us", "thanks for the crumbs".
    String.raw`(?:thanks|thank you)(?: \p{L}+){0,2} for (?:ignoring|not (?:paying|replying|answering|responding|getting back|bothering)|nothing|wasting|the silence|keeping (?:us|me) waiting|making (?:us|me) wait|the crumbs)`,
    `(?:thanks|thank you),? I guess`,
    String.raw`(?:that|this) only took (?:\p{L}+ |\d+ )?(?:months|weeks|years|ages|forever|an eternity)`,
    String.raw`(?:always|plenty of|enough|somehow) (?:money|cash|funds|budget) for\b${G50}\b(?:but|yet) (?:never|not|none|no)`,
    String.raw`must be nice\b${G60}\b(?:while|when)`,
    `(?:enjoy|good luck) explaining`,
    String.raw`how (?:do|does|did|can|could) (?:you|your \p{L}+) (?:even |still )?(?:stay|remain|keep|survive) (?:in business|afloat)`,
    `(?:all|after) (?:that|the|this|your) (?:drama|song and dance|circus|theatre|theater|nonsense)`,
    String.raw`(?:what|the) (?:kind|sort|type) of \p{L}+ you(?:'re| are)`,
    `(?:need|needs|buy|get yourselves?|invest in) (?:a |an )?(?:new )?(?:calendar|calculator|diary|watch|clock|dictionary)(?! (?:invite|invitation|link|entry|event|reminder|slot|app))`,
    String.raw`(?:dealing|dealt|deal|working) with (?:\p{L}+ )?(?:amateurs|cowboys)`,
    `(?:better late than never|nice of you to finally|good of you to finally|how kind of you to finally)`,
  ]),
];

/** Insults, contempt and sarcasm aimed at the client. */
export const insultRule = phraseRule('insult', insultPatterns);
