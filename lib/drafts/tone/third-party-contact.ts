import { phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

const CONTACT = {
  reason:
    'Threatens to involve people outside the deal (their boss, clients or family); this reads as pressure through embarrassment and can count as harassment.',
  suggestion:
    "Keep the conversation with your contact or their accounts team, e.g. 'Could you let me know who handles payments on your side, so I can check in with them?'",
};

const CREDIT = {
  reason: 'Mentions credit reporting before the collections stage; this can read as a threat.',
  suggestion:
    "Leave credit reporting out of your own messages; if it ever becomes relevant, the collections agency will explain it. For now, e.g. 'Could you let me know when we can expect payment?'",
  allowedIn: ['collections'] as const,
};

const G40 = sameSentence(40);
const G60 = sameSentence(60);

// "your accounts team" or "your finance department" is the right place to write to, so it is not listed.
const OUTSIDER_EN = `(?:your|his|her|their) (?:boss|bosses|(?:line )?managers?|managing director|director|directors|board(?: of directors)?|CEO|chief executive|owner|owners|supervisors?|superiors?|head office|headquarters|HR(?: department)?|employers?|investors?|shareholders?|family|wife|husband|spouse|parents|mother|mum|mom|father|dad|children|kids|neighbou?rs|friends|(?:other )?clients|(?:other )?customers|(?:other )?suppliers|bank|landlord|church|community|network|followers|contacts|business partners)(?! (?:details|account|accounts|transfer|statement|holiday|reference|charges|fees|number))`;
// Bodies that would spread the story; "the" or "local" before them is taken by the gap after the verb.
const OUTSIDER_PUBLIC_EN = `(?:trade (?:association|body)|chamber of commerce|industry (?:body|association)|professional body|press|media|(?:local )?(?:paper|newspaper))`;
const CONTACT_VERB_EN = String.raw`(?:contact|call|ring|phone|email|e-mail|message|write to|tell|inform|notify|alert|warn|speak (?:to|with)|talk (?:to|with)|reach(?:ing|ed|es)? out to|get(?:ting)? in touch with|go(?:ing)? to|turn(?:ing)? to|escalat\p{L}* (?:this |it |the matter |things )?to|visit|copy in|cc|let|involve|approach|raise (?:this|it) with|bring (?:this|it) to the attention of)(?:s|ed|d|ing)?`;

const OUTSIDER_DE = `(?:Ihre(?:n|m|r)?|deine(?:n|m|r)?) (?:Chef(?:in)?|Vorgesetzte[nr]?|Geschäftsführ(?:er|erin|ung)|Arbeitgeber|Familie|Frau|Mann|Eltern|Kunden?|Lieferanten?|Bank|Nachbarn?|Geschäftspartner(?:n|in)?|Investoren)`;
const CONTACT_VERB_DE = String.raw`(?:kontaktier|informier|benachrichtig|anruf|rufen|schreiben|wenden|einschalt|erzähl|mitteil|warnen|unterricht|in Kenntnis)\p{L}*`;

const OUTSIDER_FR = String.raw`(?:votre|vos) (?:autres )?(?:patron|patronne|supérieur\p{L}*|direction|directeur|directrice|dirigeants?|employeur|famille|femme|mari|conjoint\p{L}*|parents|clients|fournisseurs|partenaires|banque|voisins|associés|actionnaires)`;
const FIRST_PERSON_FR = `(?:(?:n'hésiterons pas|n'hésiterai pas) à (?:contacter|informer|prévenir|avertir|appeler|écrire à|signaler|alerter)|contacterons|contacterai|informerons|informerai|préviendrons|préviendrai|avertirons|avertirai|appellerons|appellerai|écrirons|écrirai|signalerons|signalerai|alerterons|alerterai|(?:nous allons|je vais|nous devrons|je devrai) (?:contacter|informer|prévenir|avertir|appeler|écrire à|signaler|alerter))`;

const OUTSIDER_ES = String.raw`(?:su|sus|tu|tus) (?:jef[ea]s?|superior(?:es)?|director\p{L}*|gerente|empleador\p{L}*|familia|esposa|esposo|mujer|marido|padres|clientes|proveedores|banco|vecinos|socios|accionistas)`;
const FIRST_PERSON_ES = `(?:contaremos|contaré|diremos|diré|contactaremos|contactaré|informaremos|informaré|avisaremos|avisaré|llamaremos|llamaré|escribiremos|escribiré|comunicaremos|comunicaré|hablaremos|hablaré|notificaremos|notificaré|advertiremos|advertiré|(?:vamos a|voy a|tendremos que|tendré que) (?:contar(?:les|le)?|decir(?:les|le)?|contactar|informar|avisar|llamar|escribir|comunicar|hablar|notificar|advertir))`;

const thirdPartyPatterns = [
  ...phrases(CONTACT, [
    // A first-person subject keeps "please contact your bank" (a helpful request) unflagged.
    String.raw`(?:I|we)\b${G40}\b${CONTACT_VERB_EN} (?:[^\s.!?;,]+ ){0,2}?(?:${OUTSIDER_EN}|${OUTSIDER_PUBLIC_EN})`,
    String.raw`${OUTSIDER_EN} (?:will|may|shall|would|might|could)(?: also| then)? (?:be|hear|find out|learn|get)(?: \p{L}+)?(?: (?:contacted|informed|notified|told|made aware|copied|called|from us|about this))`,
    String.raw`(?:I|we)\b${G40}\b(?:e-?mails?|letters?|messages?|notes?|mailing|newsletter)s? to (?:all |each |every one |several |some )?(?:of )?${OUTSIDER_EN}`,
    `(?:go|going|went|gone) over your head`,
    `${OUTSIDER_EN} (?:might|would|will|may|could) (?:be (?:very )?interested|like|love|want) to (?:hear|know|learn|find out)`,
    String.raw`(?:wir|ich)\b${G60}\b${OUTSIDER_DE}\b${G40}\b${CONTACT_VERB_DE}`,
    String.raw`(?:wir|ich)\b${G40}\b${CONTACT_VERB_DE}\b${G40}\b${OUTSIDER_DE}`,
    String.raw`${FIRST_PERSON_FR}\b${G40}\b${OUTSIDER_FR}`,
    String.raw`${OUTSIDER_FR}\b${G40}\b(?:seront|sera) (?:informés?|contactés?|prévenus?|avertis?)`,
    String.raw`${FIRST_PERSON_ES}\b${G40}\b${OUTSIDER_ES}`,
  ]),
  ...phrases(CREDIT, [
    `credit (?:reference |reporting |rating )?(?:agenc(?:y|ies)|bureaus?|bureaux)`,
    `(?:affect|damage|harm|hurt|ruin|impact|lower)(?:s|ed|ing)? your (?:credit|credit rating|credit score|credit file|credit history|credit record)`,
    `report(?:ing|ed|s)? (?:you|your (?:company|business|firm)|the (?:debt|non-?payment|late payment|arrears)) to`,
    `(?:Experian|Equifax|TransUnion|Creditsafe|Dun (?:&|and) Bradstreet|Schufa|Creditreform|Crif|Bürgel|ASNEF|Banque de France|FICP|fichier (?:des )?(?:incidents|FICP)|registro de morosos|fichero de morosos)`,
  ]),
];

/** Contacting people outside the deal: the client's boss, clients, family, or credit bureaus. */
export const thirdPartyContactRule = phraseRule('third-party-contact', thirdPartyPatterns);
