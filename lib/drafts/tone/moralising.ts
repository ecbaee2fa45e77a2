import { phraseRule, phrases } from './phrase-pattern.ts';

const MORALISING = {
  reason:
    'Lectures the client about honesty or character; this reads as shaming and puts them on the defensive.',
  suggestion:
    "Stick to the facts and what you need, e.g. 'The invoice was due on 3 March; could you let me know when it will be paid?'",
};

const VIRTUE = `(?:honest|decent|reputable|respectable|serious|self-respecting|responsible|trustworthy|ethical|honou?rable|legitimate|professional|proper|normal|reasonable|competent|grown-up|adult)`;
const PAYER = `(?:business(?:es)?(?: owners?| people| person)?|compan(?:y|ies)|firms?|people|persons?|clients?|customers?|organi[sz]ations?|professionals?|owners?|traders?|outfits?|adults?|grown-?ups|human beings?|man|woman|men|women|operators?)`;
const JUDGEMENT = `(?:would|wouldn't|would not|should|shouldn't|pays?|knows?|honou?rs?|understands?|respects?|keeps?|manages?|never|always|does|doesn't|don't|can)`;

const moralisingPatterns = [
  ...phrases(MORALISING, [
    `(?:any|every|no|real|truly|genuinely) ${VIRTUE} ${PAYER}`,
    `(?:an?|the) ${VIRTUE} ${PAYER} ${JUDGEMENT}`,
    `(?:decent|honest|good|normal) people pay`,
    `(?:shame on you|ashamed|shameful(?:ly)?|have you no (?:shame|decency|conscience|integrity|honou?r|manners))`,
    `(?:no|any|some|a) sense of (?:shame|decency|honou?r|responsibility)`,
    `(?:common|basic|simple|ordinary) (?:decency|courtesy|honesty|respect|manners|ethics)`,
    String.raw`(?:dishonest\p{L}*|dishonou?rable|unethical|immoral(?:ly)?|morally|ethically)`,
    `(?:your|any|no|lack of|lacks?|have no|has no|without) (?:integrity|conscience|morals|ethics|honou?r|decency|principles|scruples)`,
    `(?:no|lack of|without any|any) respect (?:for|at all)`,
    `(?:keep|break|broke|broken|breaking|go back on|went back on|gone back on|going back on|honou?r) (?:your|their|his|her) word`,
    `(?:a|the) (?:man|woman|person|people|company) of (?:your|their|his|her) word`,
    `(?:you|they) should (?:know|have known) better`,
    // Guilt-tripping: the sender's hardship or generosity held up against the client.
    `(?:you(?:'re| are)|you've been|you have been) sitting on (?:(?:my|our|the) )?(?:money|cash)`,
    `money (?:I|we) (?:earned|worked for|worked hard for)|mouths to feed`,
    // Only as a sentence of its own: "let me know what you think about it" is a question.
    String.raw`think(?<=(?:^|[.!?;\n])\s{0,3}think) about (?:that|this)(?=\s{0,3}(?:[.!?]|$))`,
    `(?:done|did|doing) you a favou?r|the least you (?:can|could) do`,
    `after (?:everything|all) (?:we|I)(?:'ve| have)? (?:done|did) for you|(?:is this|this is) how you (?:repay|thank|treat)`,
    `some of us (?:actually |still |do |also |really )?(?:have (?:bills|rent|mortgages?|mouths|families|a business)|need to (?:eat|get paid|pay)|work for a living)`,
    `you (?:don't|do not|hardly|barely) deserve`,
    String.raw`most (?:adults|people|grown-?ups|businesses|companies|clients|customers) (?:\p{L}+ )?(?:manage|cope|figure it out|get this right|can do this)`,
    `(?:no|not the|not a) way to (?:run|treat|do business|behave|conduct)`,
    `(?:take|taking|took|taken) advantage of (?:us|me|our|my)`,
    `(?:nobody|no one|no-one) likes a (?:late|slow|bad|non-?) ?payer`,
    `(?:I|we) (?:thought|expected|hoped) (?:you were |you'd be |you would be )?(?:better|more) (?:than (?:this|that)|of you|from you)`,
    `if you had any (?:respect|decency|integrity|honou?r|shame|self-respect)`,
    `(?:if you were|if you're|were you) (?:an? )?(?:honest|decent|serious|professional)`,
    String.raw`(?:Schämen Sie sich|schämen|Schande|unehrlich\p{L}*|unanständig\p{L}*|Anstand|(?:jede|jeder|jedes|kein|keine|ein) (?:seriös|ehrlich|anständig|ordentlich|redlich)\p{L}* (?:Unternehm\p{L}*|Firma|Geschäftsm\p{L}+|Kaufm\p{L}+|Kund\p{L}*|Mensch\p{L}*|Leute))`,
    String.raw`(?:honte|honteu\p{L}*|malhonnête\p{L}*|(?:tout|toute|aucun|aucune|n'importe quel(?:le)?) (?:professionnel|entreprise|société|personne|client|commerçant)s? (?:honnête|sérieu\p{L}*|digne|respectable|correct\p{L}*)|manque de (?:respect|parole|sérieux|correction|savoir-vivre))`,
    String.raw`(?:vergüenza|vergonzos[oa]s?|deshonest\p{L}*|(?:cualquier|toda|ninguna|ningún) (?:empresa|persona|profesional|negocio|cliente) (?:seri[ao]|honrad[ao]|honest[ao]|decente|responsable)|falta de (?:respeto|seriedad|palabra|ética|formalidad))`,
  ]),
];

/** Moralising about the client's honesty or character ("any honest business would have paid"). */
export const moralisingRule = phraseRule('moralising', moralisingPatterns);
