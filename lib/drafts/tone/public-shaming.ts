import { phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

const EXPOSURE = {
  reason:
    'Threatens to shame the client in public; this damages the relationship, can be unlawful, and makes payment less likely.',
  suggestion:
    "Keep the matter between you and the client, e.g. 'I'd like to sort this out between us. Could you let me know when payment will be made?'",
};

const REPUTATION = {
  reason: "Threatens the client's reputation; this reads as blackmail rather than a request for payment.",
  suggestion:
    "Talk about the invoice, not their standing, e.g. 'Invoice INV-1042 is now 30 days overdue; could you tell me when it will be settled?'",
};

const G30 = sameSentence(30);
const G60 = sameSentence(60);

const PUBLIC_PLACE = String.raw`(?:online|publicly|in public|on (?:social media|the internet|the web|(?:the |a )?forums?|linkedin|facebook|twitter|x|instagram|tiktok|reddit|google|trustpilot|yelp|glassdoor|(?:our|my) (?:website|site|blog|newsletter|socials|channels|podcast))|(?:in|on|with|to) (?:every|all|each|several|various|the|my|our) (?:[^\s.!?;,]+ ){0,2}?(?:groups?|forums?|networks?|communit(?:y|ies)|industry|newsletters?|followers|mailing lists?))`;

// Reviewing a good client is a kindness: "we'll leave you a glowing review on Upwork".
const KIND_REVIEW =
  /(?:glowing|positive|great|good|lovely|wonderful|five[- ]star|5[- ]star|positiv|gute|sehr gut|fünf Sterne|excellent|élogieux|cinq étoiles|buena|excelente|positiva|cinco estrellas)/i;

const shamingPatterns = [
  // The sender reviewing the client, not the client reviewing the sender ("could you leave us a review?").
  // Each review noun is checked for its first-person verb behind it only where the noun occurs.
  ...phrases({ ...EXPOSURE, exceptInSentence: KIND_REVIEW }, [
    String.raw`reviews?(?<=\b(?:I|we)(?:'ll|'m|'re| will| am| are| shall| would|'d)? (?:be |now |going to |about to )?(?:leav|writ|post|publish|put|add)\p{L}*\b${G30}\breviews?)`,
    String.raw`Bewertung(?<=\b(?:wir|ich) (?:werden|werde|wird)\b${G30}\bBewertung)\p{L}*`,
    String.raw`(?:avis|commentaires?)(?<=\b(?:laisserons|laisserai|publierons|publierai|posterons|posterai|(?:nous allons|je vais) (?:laisser|publier|poster))\b${G30}\b(?:avis|commentaires?))`,
    String.raw`(?:reseñas?|opiniones?|valoraciones?)(?<=\b(?:pondremos|pondré|publicaremos|publicaré|escribiremos|escribiré|dejaremos|dejaré|(?:vamos a|voy a) (?:poner|publicar|escribir|dejar))\b${G30}\b(?:reseñas?|opiniones?|valoraciones?))`,
  ]),
  ...phrases(EXPOSURE, [
    `nam(?:e|ing) and sham(?:e|ing)`,
    String.raw`(?:post|publish|share|put|list|announce|broadcast|mention|writ(?:e|es|ing|ten) about|blog about|tweet|expose|shout about|air|spread)(?:s|ed|d|ing)?\b${G60}\b${PUBLIC_PLACE}`,
    String.raw`(?:leave|leaving|left|write|writing|wrote|post|posting|give|giving|put|putting)\b${G30}\b(?:bad|negative|poor|scathing|damning|honest|one-star|1-star|one star|1 star|terrible|critical|unfavourable|unfavorable) (?:reviews?|ratings?|feedback|testimonials?)`,
    String.raw`(?:reviews?|posts?|ratings?)\b${G30}\b(?:warning|to warn|telling) (?:other|others|people|everyone|fellow|anyone)`,
    String.raw`(?:reviews?|posts?)\b${G30}\babout (?:your|how you|the way you) (?:late|non-?payment|payment|pay|treat)\p{L}*`,
    `warn(?:ing|s|ed)? (?:other|others|fellow|everyone|every|the (?:rest|community|industry))`,
    String.raw`(?:let|make sure|making sure|ensure)(?: that)? (?:everyone|the whole (?:industry|world|town|sector|market)|people|the world|other \p{L}+|all your (?:clients|customers|contacts))\b${G30}\bknows?`,
    String.raw`(?:tell|telling|told) (?:everyone|the world|the whole \p{L}+|people|anyone who (?:asks|will listen)|the (?:industry|internet|press|media))`,
    `(?:go|going) public`,
    `word (?:gets|got|get|getting|going|to get|might get|could get|would get) (?:around|round|out|about)`,
    String.raw`tag\p{L}* (?:you|your \p{L}+) in (?:a |an |my |our |the )?(?:\p{L}+ ){0,2}?(?:post|tweet|story|comment|review|thread|video)`,
    `so (?:that )?(?:everyone|everybody|the world|people|others) (?:can |will |could )?(?:see|know|read|find out) (?:what|how|who|that) you`,
    `the (?:whole|entire) (?:industry|town|city|sector|market|trade|community|world|internet|country|village|street|neighbou?rhood|network) (?:is going to|will|would|should|could|might|deserves to|needs to) (?:hear|know|find out|learn)`,
    `(?:everyone|everybody|the world) (?:is going to|will|would|should|could|might|deserves to|needs to) (?:hear|know|find out|learn) (?:about (?:this|it|you)|what you|how you)`,
    String.raw`(?:nobody|no one|no-one)\b${G30}\b(?:works?|do(?:es)? business|deals?|hires?|trusts?) with you again`,
    String.raw`(?:paper|newspaper|press|news)(?<=\b(?:your (?:name|company|business|firm)|you)\b${G30}\b(?:in|on) (?:the|a) (?:local )?(?:paper|newspaper|press|news))`,
    `damit (?:alle|jeder|andere|die ganze Welt) (?:sehen|wissen|erfahren|lesen)`,
    `make (?:this|it|the matter|your behaviou?r|your conduct|the situation) public`,
    `(?:wall|hall|list) of shame`,
    `(?:bad|late|non-?|slow)[- ]?payers? (?:list|register|database)`,
    `(?:list|register|database) of (?:bad|late|non-?|slow|problem)[- ]?payers`,
    String.raw`black[- ]?list\p{L}*`,
    `expos(?:e|ing) (?:you|your (?:company|business|firm))`,
    String.raw`(?:öffentlich (?:machen|bekannt machen|anprangern)|(?:Namen|Firma|Unternehmen|Zahlungsverhalten|Zahlungsmoral)\b${G30}\bveröffentlich\p{L}*|an den Pranger|(?:schlechte|negative|ehrliche) Bewertung\p{L}*|(?:andere|alle|Kollegen)(?: \p{L}+)? (?:warnen|vorwarnen)|schwarze(?:n)? Liste|in den sozialen (?:Medien|Netzwerken))`,
    `(?:rendre(?:ons)? (?:public|publique)|publiquement|avis négatifs?|mauvais avis|mauvaise note|(?:prévenir|avertir|préviendrons|avertirons|préviendrai|avertirai) (?:les autres|d'autres|tout le monde|nos confrères|la profession)|liste noire|sur les réseaux sociaux)`,
    `(?:hacer(?:lo)? público|haremos público|públicamente|reseñas? (?:negativas?|malas?)|malas? reseñas?|opiniones? negativas?|(?:advertir|advertiremos|avisar|avisaremos) a (?:otros|otras|todo el mundo|los demás)|lista negra|en (?:las )?redes sociales)`,
  ]),
  ...phrases(REPUTATION, [
    String.raw`your (?:good )?(?:name|reputation|standing)\b${G30}\b(?:suffer|damag|ruin|destroy|tarnish|hurt|harm|drag)\p{L}*`,
    `(?:damag|ruin|destroy|tarnish|hurt|harm|trash)(?:e|es|ed|ing|s)? your (?:good )?(?:name|reputation|standing|image)`,
    String.raw`(?:Ihr(?:en)? (?:guten )?Ruf|Ihrem Ruf)\b${G30}\b(?:schaden|schädigen|ruinieren|leiden)`,
    String.raw`(?:votre|sa) réputation\b${G30}\b(?:souffrir|nuire|ternir|ruiner|entacher)\p{L}*`,
    String.raw`(?:(?:dañar|perjudicar|arruinar)\p{L}* su (?:reputación|imagen|buen nombre)|su (?:reputación|imagen|buen nombre)\b${G30}\b(?:sufri|dañ|perjudic)\p{L}*)`,
  ]),
];

/** Threats of public exposure: reviews, social media, telling the world. */
export const publicShamingRule = phraseRule('public-shaming', shamingPatterns);
