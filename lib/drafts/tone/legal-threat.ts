import { ESCALATION_STEPS, phraseRule, phrases, sameSentence } from './phrase-pattern.ts';

const EARLY_LEGAL = {
  reason: 'Mentions legal action before the final notice; this can read as a threat.',
  suggestion:
    "Keep earlier messages to the facts and a request, and describe the next step plainly in the final notice instead, e.g. 'If we can't settle this by 12 March, we'll pass the matter to our collections partner.'",
  allowedIn: ESCALATION_STEPS,
};

const EARLY_COLLECTIONS = {
  reason: 'Mentions debt collection before the final notice; this can read as a threat.',
  suggestion:
    "Ask for a payment date for now, e.g. 'Could you let me know when we can expect payment?'; the final notice is the place to name a collections agency.",
  allowedIn: ESCALATION_STEPS,
};

const EARLY_LAWYER = {
  reason: 'Brings a lawyer into the conversation before the final notice; this can read as a threat.',
  suggestion:
    "Leave lawyers out of reminders; if it comes to that, say it plainly in the final notice, e.g. 'If the balance is still open on 12 March, we will ask our solicitor to recover it.'",
  allowedIn: ESCALATION_STEPS,
};

// Talking about how the terms were written is not a threat; bringing a lawyer into the debt is.
const ABOUT_THE_TERMS =
  /(?:draft|review|wrote|written|check|prepar|approv|help|verfasst|geprüft|erstellt|rédig|relu|vérifi|redact|revis)[^.!?\n]{0,120}(?:contract|terms|agreement|clause|conditions|AGB|Vertrag|Bedingungen|contrat|conditions|contrato|condiciones)|(?:contract|terms|agreement|clause|conditions|AGB|Vertrag|Bedingungen|contrat|contrato|condiciones)[^.!?\n]{0,120}(?:draft|review|wrote|written|check|prepar|approv|help|verfasst|geprüft|erstellt|rédig|relu|vérifi|redact|revis)/i;

const LAWYER_MENTIONED = { ...EARLY_LAWYER, exceptInSentence: ABOUT_THE_TERMS };

const AGGRESSIVE = {
  reason:
    'Turns the legal next step into a personal threat; this reads as intimidation even in a final notice.',
  suggestion:
    "State the next step as a fact, e.g. 'If the balance is still open on 12 March, we will start proceedings to recover it.'",
};

const CRIMINAL = {
  reason:
    'Hints at police or criminal consequences for an unpaid invoice, which is a civil matter; this reads as intimidation.',
  suggestion:
    'Leave it out; name the real next step (a collections agency or a court claim) plainly in the final notice.',
};

const G40 = sameSentence(40);
const G50 = sameSentence(50);

const LAWYER_EN = `(?:lawyers?|solicitors?|attorneys?|barristers?|legal (?:team|department|dept|counsel|advis[eo]rs?|representatives?)|law firm)`;
const LAWYER_DE = String.raw`(?:(?:Rechts)?anw[aä]lt\p{L}*|Anwaltskanzlei|Kanzlei)`;
const LAWYER_FR = `(?:avocat(?:e|s|es)?|cabinet d'avocats)`;
const LAWYER_ES = `(?:abogad[oa]s?|bufete(?: de abogados)?)`;

const legalPatterns = [
  ...phrases(EARLY_LEGAL, [
    `legal (?:action|actions|steps|proceedings|measures|route|routes|recourse|remed(?:y|ies)|options|avenues|means|channels|process|claim)`,
    String.raw`(?:tak|took|bring|brought|go|went|gone)\p{L}* (?:[^\s.!?;,]+ ){0,3}to (?:court|a tribunal)`,
    `(?:court|county court|small claims|civil) (?:action|proceedings|claim|case|order|judg(?:e)?ment)`,
    `small claims(?: court| track)?`,
    String.raw`(?:flag|refer|sen|pass|escalat|forward)\p{L}* (?:[^\s.!?;,]+ ){0,3}?(?:for|to) legal(?! (?:entity|name|address|form|structure))`,
    `(?:lawsuits?|litigation|litigate|claim form|CCJ|injunction|summons|statutory demand|winding[- ]up (?:petition|order)|bankruptcy (?:petition|proceedings)|insolvency proceedings|letter before (?:action|claim))`,
    `(?:bailiffs?|enforcement (?:agents?|officers?)|sheriff officers?)`,
    // Only the action words: a 'Gerichtsstand' (jurisdiction) clause in an invoice footer is harmless.
    String.raw`(?:rechtliche(?:n)? (?:Schritte|Maßnahmen|Konsequenzen)|gerichtlich\p{L}*|Gericht(?:s|e|en)?|Gerichtsvollzieher\p{L}*|verklag\p{L}*|Klage(?:n|erhebung)?|einklag\p{L}*|Mahnverfahren\p{L}*|Mahnbescheid\p{L}*|(?:Zwangs)?vollstreckung\p{L}*)`,
    `(?:mise en demeure|poursuites(?: judiciaires)?|actions? en justice|(?:procédures?|voies?) (?:judiciaires?|contentieuses?)|injonction de payer|tribunal|tribunaux|huissiers?(?: de justice)?|commissaire de justice|contentieux|recouvrement (?:judiciaire|forcé|contentieux))`,
    String.raw`(?:acci(?:ón|ones) (?:legal|legales|judicial|judiciales)|medidas (?:legales|judiciales)|(?:vía|procedimiento|proceso|reclamación) (?:judicial|legal|monitori[oa])|(?<!(?:alta|gran|mucha|baja) )demanda(?:r|remos|rá|do|da)?|juzgados?|tribunal(?:es)?|(?<!(?:a mi|a nuestro|a su) )juicio|(?<!sin )embargo|embargar\p{L}*)`,
  ]),
  // Lower case only: capitalised, these are a name ("Hi Sue") or an address ("Riverside Court").
  ...phrases(
    EARLY_LEGAL,
    [`su(?:e|ed|es|ing)`, `(?<!(?:food|tennis|basketball|squash|badminton|netball|volleyball) )courts?`],
    { caseSensitive: true },
  ),
  ...phrases(EARLY_LEGAL, [`su(?:e|ing) (?:you|your|them|the company)`]),
  ...phrases(EARLY_COLLECTIONS, [
    `debt (?:collectors?|collection(?: agenc(?:y|ies)| firms?| compan(?:y|ies)| services?)?|recovery(?: agenc(?:y|ies)| firms?| compan(?:y|ies)| services?| specialists?)?)`,
    `collections? (?:agenc(?:y|ies)|partners?|firms?|compan(?:y|ies)|services?|team)`,
    String.raw`(?:Inkasso\p{L}*|(?:société|agence|cabinet|organisme) de recouvrement|(?:agencia|empresa) de (?:cobros?|recobros?)|cobrador del frac)`,
  ]),
  ...phrases(EARLY_LAWYER, [
    String.raw`(?:pass|hand|refer|forward|send|turn|give|escalate|transfer)(?:es|ed|ing|s)?\b${G40}\b(?:to|with|over to) (?:my|our|a|an|the) (?:[^\s.!?;,]+ )?${LAWYER_EN}`,
    String.raw`(?:involve|instruct|consult|contact|call|ring|engage|brief|retain|speak to|speak with|talk to|talk with|spoken to|spoken with|talked to|talked with|cc|copy|copied|copying|loop in|bring in|bringing in)(?:s|d|ed|ing)? (?:(?:my|our|a|an|the) )?(?:[^\s.!?;,]+ )?${LAWYER_EN}`,
    `get(?:ting)? (?:(?:my|our|the|any|some) )?${LAWYER_EN} involved`,
    // Ruling it out is reassurance, not a threat: "we have no intention of involving lawyers".
    String.raw`(?<!(?:no intention of|no plans? (?:of|to|for)|not planning on|without) )involving (?:(?:my|our|a|an|the) )?(?:[^\s.!?;,]+ )?${LAWYER_EN}`,
    String.raw`(?:my|our|the) ${LAWYER_EN} (?:will|'ll|is going to|are going to|would|shall|may|might|can|could|has been|have been|is|are)(?: be| now| already)? (?:in touch|contact|writ|instruct|involv|copied|cc|look|deal|handl|tak|pursu|chas|aware|advis|wait|ready|prepar|send|start|notif|inform|brief)\p{L}*`,
    `(?:hear|hearing|letter|letters|call|email|e-mail) from (?:my|our|a|the) ${LAWYER_EN}`,
    `(?:lawyer|solicitor|attorney)'?s'? letter`,
    String.raw`(?:einschalt|schalt|beauftrag|übergeb|weiterleit|weitergeb|einbezieh|hinzuzieh|informier|kontaktier|wend)\p{L}*\b${G50}\b${LAWYER_DE}`,
    String.raw`${LAWYER_DE}\b${G50}\b(?:einschalten|ein|beauftragen|übergeben|einbeziehen|hinzuziehen|kümmern|melden)`,
    String.raw`(?:confi|transmet|transmis|saisi|contact|mandat|consult|faire appel|ferons appel)\p{L}*\b${G50}\b${LAWYER_FR}`,
    String.raw`${LAWYER_FR}\b${G50}\b(?:saisi|mandaté|chargé|contactera|prendra contact|vous contactera)\p{L}*`,
    String.raw`(?:en manos de|pas\p{L}*|pon\p{L}*|remit\p{L}*|contact\p{L}*|consult\p{L}*|traslad\p{L}*|hablar\p{L}* con|hablaré con)\b${G50}\b${LAWYER_ES}`,
    String.raw`${LAWYER_ES}\b${G50}\b(?:se pondrá en contacto|le contactará|le escribirá|tomará medidas)`,
  ]),
  // A lawyer acting for the sender, named anywhere in an early message (not "Jane Doe, Solicitor").
  ...phrases(LAWYER_MENTIONED, [
    `(?:my|our|a|the) (?:own )?(?:lawyers?|solicitors?|attorneys?|barristers?|legal (?:team|department|counsel))`,
    `(?:mein(?:en|em)?|unser(?:en|em)?|einen?|einem) (?:Rechts)?anw[aä]lt(?:in|e|en|s)?`,
    `(?:mon|notre|nos|un|une) (?:avocat|avocate|avocats|conseil juridique)`,
    `(?:mi|mis|nuestro|nuestra|nuestros|un|una) (?:abogad[oa]s?|asesor(?:es)? legal(?:es)?)`,
  ]),
  ...phrases(AGGRESSIVE, [
    `see you in court`,
    String.raw`drag(?:ging)? (?:you|your \p{L}+)(?: all the way)? (?:in)?to (?:court|the courts)`,
    `su(?:e|ing) you for (?:every|all)`,
    `(?:take|taking) you (?:for everything|to the cleaners)`,
    String.raw`${LAWYER_EN}\b${G40}\b(?:destroy|ruin|bury|bankrupt|crush|come after|go after|tear you apart|make (?:sure|certain) you|make your life|eat you alive|take everything|lose everything|pay for this)`,
    `you(?:'ll| will) be hearing from (?:my|our) ${LAWYER_EN}`,
    `(?:send|sending) (?:in )?(?:the )?bailiffs(?: round| in)?`,
    `bailiffs? (?:at|on|to|knocking on|knocking at) your (?:door|doorstep|home|house)`,
    `(?:seize|take|repossess)(?:s|d|ing)? (?:all )?your (?:house|home|car|cars|assets|belongings|possessions|property|everything)`,
    `(?:take|took|taking) everything you (?:own|have)`,
    `(?:Sie|euch|dich) (?:ruinieren|fertigmachen|vernichten)`,
    `(?:vous|te) (?:ruiner|détruire|anéantir)`,
    `(?:arruinarle|arruinarte|hundirle|hundirte|destruirle|destruirte)`,
  ]),
  ...phrases(CRIMINAL, [
    `(?:police|prison|jail|arrest(?:ed)?|criminal (?:charges?|complaint|case|record|offen[cs]e)|report you to the (?:authorities|police)|fraud squad)`,
    String.raw`(?:Strafanzeige|Anzeige erstatten|Polizei|Gefängnis|Staatsanwalt\p{L}*)`,
    `(?:plainte pénale|porter plainte|dépôt de plainte|la police|prison)`,
    `(?:denuncia(?:r|remos|ré)?|policía|cárcel|prisión)`,
  ]),
];

/** Legal threats: fine as a plainly stated next step in the final notice, never as intimidation. */
export const legalThreatRule = phraseRule('legal-threat', legalPatterns);
