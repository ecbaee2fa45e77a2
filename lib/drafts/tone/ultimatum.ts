import { ESCALATION_STEPS, phraseRule, phrases } from './phrase-pattern.ts';

const THREAT = {
  reason: 'Reads as an ultimatum or a veiled threat rather than a request.',
  suggestion:
    "Say what you need and by when, e.g. 'Could you arrange payment by 12 March?'; if there is a next step, state it plainly in the final notice.",
};

const EARLY_ULTIMATUM = {
  reason: 'Talks about a last chance or consequences before the final notice; this can read as a threat.',
  suggestion:
    "Keep earlier messages to a clear request, e.g. 'Please arrange payment by 12 March.'; save the consequences for the final notice.",
  allowedIn: ESCALATION_STEPS,
};

const ultimatumPatterns = [
  ...phrases(THREAT, [
    // "or else by bank transfer" offers an alternative; the threat stands alone or names what follows.
    `or else(?!,? (?:by|via|through|with|using|in|on|at|from|to|as|if|just|simply|let|you (?:can|could|may|might)|we (?:can|could)|I (?:can|could)))`,
    `or (?:there will be|there'll be|you will face|you'll face|face) (?:the )?(?:consequences|trouble|problems)`,
    `(?:face|suffer|bear) the consequences`,
    `you(?:'ll| will|'re going to| are going to| may| might) (?:regret|be sorry|wish you(?:'d| had| hadn't| had not)|live to regret)`,
    `you(?:'d| had) better`,
    `(?:make|making|made) your life (?:very )?(?:difficult|hard|hell|a (?:living )?hell|a misery|miserable|unpleasant|uncomfortable)`,
    `(?:don't|do not) (?:make us|force us|push us|make me|force me|push me|test (?:us|me|my patience|our patience))`,
    `(?:you have been|you've been|consider yourself) warned`,
    `consider this (?:a|your) (?:friendly |final |last )?warning`,
    String.raw`(?:we|I) know where (?:you|your \p{L}+) (?:live|lives|work|works|are|is)`,
    `(?:we|I) (?:won't|will not|can't|cannot) wait (?:forever|much longer|any longer)`,
    `(?:things|this|it) (?:will|could|is going to|are going to|might) (?:get|turn) (?:ugly|nasty|messy|unpleasant|very unpleasant)`,
    `(?:we|I) (?:will not|won't) (?:go|be) easy on you`,
    `you(?:'ll| will) (?:pay|be paying) for (?:this|it)`,
    `(?:watch|mind) your back`,
    `(?:I|we) mean it this time|and (?:I|we) (?:really )?mean it`,
    `(?:I'm|I am|we're|we are) warning you(?! (?:about|that|of|in advance|ahead))`,
    `(?:don't|do not) want to (?:find out|see|know|learn) what (?:happens|will happen|comes next|we(?:'ll| will)? do|I(?:'ll| will)? do)`,
    `(?:I'd|we'd|I would|we would) hate (?:for )?(?:this|it|things|the matter) to (?:become|turn into|get|escalate|go)`,
    `(?:would|it'd|that'd) be a (?:shame|pity) if (?:something|anything|word|people|someone|somebody)`,
    `(?:get|gets|got|getting) what(?:'s| is) coming(?: to (?:them|you|him|her))?|what goes around comes around`,
    String.raw`(?:we're|we are|I'm|I am) (?:done|finished|through) (?:being|playing) (?:nice|polite|friendly)|the gloves (?:are|come) off|no more (?:Mr\.? )?nice guy`,
    `(?:doesn't|don't|do not|does not|won't|will not) mess (?:around|about)`,
    `(?:they|someone|somebody|the agency|our agency|the collectors)(?:'ll| will| could| might| may) be (?:at|on|knocking (?:on|at)) your (?:door|doorstep)|knocking (?:on|at) your door`,
    `(?:bury|drown|crush|bankrupt|destroy|ruin|break)(?:s|ed|ing)? (?:you|your (?:company|business|firm))`,
    `if you know what(?:'s| is) good for you`,
    `last chance before`,
    `(?:we|I)(?:'ll| will| are going to|'re going to| am going to|'m going to) (?:do whatever it takes|stop at nothing|make you pay|come after you|come and collect|come round|come (?:to|by) your (?:home|house|office|door)|show up at your|turn up at your)`,
    `sonst (?:passiert|gibt es|gibt's|wird es|werden Sie es|kracht|setzt es|haben Sie ein Problem)`,
    `oder es (?:gibt|setzt) (?:Ärger|Konsequenzen)`,
    `(?:das )?werden Sie (?:noch )?bereuen|Sie werden es (?:noch )?bereuen`,
    `(?:die )?Konsequenzen (?:tragen|spüren)`,
    `wir wissen, wo Sie (?:wohnen|arbeiten)`,
    `(?:ou )?sinon(?:,)? (?:gare|vous allez|vous le regretterez|il y aura|ça va)`,
    `ou gare`,
    `vous (?:allez le regretter|le regretterez|vous en mordrez les doigts)`,
    `(?:en )?subir les conséquences`,
    // "o si no puede pagar..." (or, if you can't pay) is a kind offer, so only the bare threat.
    String.raw`o si no(?=\s*[,.!…]|\s+(?:ya verá|verá|habrá))`,
    `se (?:arrepentirá|arrepentiría|va a arrepentir)|te (?:arrepentirás|vas a arrepentir)|(?:atenerse|aténgase|atengase|aténganse) a las consecuencias`,
  ]),
  ...phrases(EARLY_ULTIMATUM, [
    `(?:serious|severe|unpleasant|dire|real|further|legal) consequences`,
    `(?:this is |it's )?(?:your|the|a) (?:last|final|very last) chance`,
    `(?:we|I) (?:will not|won't|shall not) hesitate to`,
    `(?:letzte Chance|ernsthafte Konsequenzen|dernière chance|(?:graves|sérieuses) conséquences|última oportunidad|graves consecuencias)`,
  ]),
];

/** "Or else" phrasing: ultimatums, veiled threats, "you'll regret it". */
export const ultimatumRule = phraseRule('ultimatum', ultimatumPatterns);
