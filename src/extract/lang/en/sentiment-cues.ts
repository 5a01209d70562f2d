/**
 * English sentiment resources, tuned for B2B buying: politeness formulas
 * ("kindly", "thanks in advance", "best regards") carry no emotion, and
 * trade phrases such as "best price" are not praise.
 */
import type { LexiconEntry, SentimentCues, SentimentPhrase } from '../types.js';

const LEXICON: Record<string, LexiconEntry> = {
  // positive
  good: 1.5, great: 2, excellent: 2.5, perfect: [2.5, 'engaged'], amazing: [2.5, 'engaged'],
  awesome: [2.5, 'engaged'], fantastic: [2.5, 'engaged'], wonderful: 2.3, nice: 1.3,
  happy: [2, 'constructive'], glad: [1.8, 'constructive'], pleased: [1.8, 'constructive'],
  satisfied: [1.8, 'constructive'], impressed: [2.2, 'engaged'], love: [2.5, 'engaged'],
  interested: 1, excited: [2.5, 'engaged'], exciting: [2, 'engaged'],
  thrilled: [2.8, 'engaged'], delighted: [2.8, 'engaged'], eager: [2, 'engaged'], keen: [1.5, 'engaged'],
  fine: 0.6, helpful: 1.5, reliable: 1.3, smooth: 1.2, recommend: 1.3, agree: [1, 'constructive'],
  beautiful: 2, outstanding: 2.8, superb: 2.8, better: 1, competitive: 0.8, reasonable: 0.8,
  fair: 0.8, promising: [1.3, 'constructive'], appreciate: 0.8, definitely: [0.8, 'engaged'], cool: 1.2,
  // negative
  bad: -2, poor: -2, terrible: [-3, 'frustrated'], awful: [-3, 'frustrated'], horrible: [-3, 'frustrated'],
  worst: [-3, 'frustrated'], worse: -2, disappointed: [-2.3, 'frustrated'],
  disappointing: [-2.3, 'frustrated'], unhappy: [-2, 'frustrated'], upset: [-2.2, 'frustrated'],
  angry: [-2.8, 'frustrated'], annoyed: [-2.3, 'frustrated'], annoying: [-2, 'frustrated'],
  frustrated: [-2.5, 'frustrated'], frustrating: [-2.5, 'frustrated'], unacceptable: [-2.5, 'frustrated'],
  ridiculous: [-2.5, 'frustrated'], useless: [-2.5, 'frustrated'], disaster: [-3, 'frustrated'],
  nightmare: [-3, 'frustrated'], ignored: [-2, 'frustrated'], wasted: [-2, 'frustrated'],
  cheated: [-3, 'frustrated'], complaint: [-1.5, 'frustrated'], sad: -1.5, problem: -1.2,
  problems: -1.2, issue: -0.8, issues: -0.8, delay: [-1.2, 'frustrated'], delays: [-1.2, 'frustrated'], delayed: [-1.3, 'frustrated'],
  wrong: -1.5, broken: -2, damaged: -2, defective: -2, expensive: -1, overpriced: -2, slow: -1,
  failed: -2, concern: [-0.8, 'hesitant'], concerned: [-1, 'hesitant'], worried: [-1.5, 'hesitant'],
  doubt: [-1.2, 'skeptical'], doubts: [-1.2, 'skeptical'], doubtful: [-1.3, 'skeptical'],
  suspicious: [-1.8, 'skeptical'], skeptical: [-1.3, 'skeptical'], sceptical: [-1.3, 'skeptical'],
  unreliable: [-2, 'skeptical'], scam: [-3, 'skeptical'], fake: [-2.5, 'skeptical'],
  supposedly: [-0.5, 'skeptical'], allegedly: [-0.5, 'skeptical'],
  unsure: [-0.7, 'hesitant'], hesitant: [-0.8, 'hesitant'], uncertain: [-0.8, 'hesitant'],
  // A buyer who weighs the risk of a deal hesitates ("that's a lot of risk for us").
  risk: [-0.8, 'hesitant'], risks: [-0.8, 'hesitant'], risky: [-1, 'hesitant'],
  // damage found on arrival: negative, and a complaint next to a quality objection
  chipped: -1.5, cracked: -1.5, scratched: -1.5, dented: -1.5, torn: -1.5, tore: -1.5, crushed: -1.5,
  smashed: -2, leaking: -1.5, leaked: -1.5, faulty: -2, mouldy: -2, moldy: -2, rusty: -1.5, rusted: -1.5,
  // hedges: no valence, but they vote for hesitation
  maybe: [0, 'hesitant'], perhaps: [0, 'hesitant'], possibly: [0, 'hesitant'], might: [0, 'hesitant'],
  considering: [0, 'hesitant'], eventually: [0, 'hesitant'],
};

const POLITE = 0;

const PHRASES: SentimentPhrase[] = [
  // politeness formulas and trade phrases: consumed with no valence
  { id: 'polite.thanks_in_advance', pattern: 'thanks|thank ?you in advance', valence: POLITE },
  { id: 'polite.thanks', pattern: 'thanks|thank|thx', valence: POLITE },
  { id: 'polite.kindly', pattern: 'kindly|please|pls|plz', valence: POLITE },
  { id: 'polite.please_advise', pattern: 'please advise|confirm', valence: POLITE },
  { id: 'polite.regards', pattern: 'best|kind|warm|warmest regards|wishes', valence: POLITE },
  { id: 'polite.greeting', pattern: 'good morning|afternoon|evening|day|night|pm|am', valence: POLITE },
  { id: 'polite.season', pattern: 'happy|merry ?chinese ?lunar ?new year|month|week|weekend|eid|diwali|ramadan|holiday|holidays|christmas|easter|friday|birthday|festival|thanksgiving', valence: POLITE },
  { id: 'polite.mubarak', pattern: 'eid|ramadan mubarak|kareem', valence: POLITE },
  { id: 'polite.wishing', pattern: 'wishing|wish you|u', valence: POLITE },
  { id: 'polite.god_bless', pattern: 'god bless', valence: POLITE },
  // "Perhaps you could send …" softens a request; it is not a hedge about buying.
  { id: 'polite.perhaps_you_could', pattern: 'perhaps|maybe you could|can|would', valence: POLITE },
  { id: 'polite.nice_day', pattern: 'have a nice|good|great|wonderful day|weekend|week', valence: POLITE },
  { id: 'polite.looking_forward', pattern: 'looking forward', valence: POLITE },
  { id: 'polite.hope_well', pattern: 'hope .. well|fine|good|great', valence: POLITE },
  { id: 'polite.sorry_late', pattern: 'sorry for ?the ?my late|delayed reply|response', valence: POLITE },
  // The buyer's own delay: "sorry about the delay on our side".
  { id: 'polite.sorry_delay', pattern: 'sorry|apologies for|about ?the ?my ?our delay|silence', valence: POLITE },
  { id: 'polite.welcome', pattern: 'you\'re|you ?are welcome', valence: POLITE },
  { id: 'trade.best_price', pattern: 'best|better|lowest price|prices|offer|rate|quote|quotation', valence: POLITE },
  // negation idioms that read as agreement
  { id: 'agree.no_problem', pattern: 'no problem|problems|worries|issue|issues', valence: 0.4, mode: 'constructive', weight: 0.6 },
  { id: 'agree.not_a_problem', pattern: 'not a problem|issue', valence: 0.4, mode: 'constructive', weight: 0.6 },
  { id: 'agree.not_bad', pattern: 'not bad', valence: 0.8, mode: 'constructive', weight: 0.6 },
  { id: 'negative.not_happy', pattern: 'not happy|satisfied|pleased|impressed', valence: -1.8, mode: 'frustrated' },
  // hedges
  { id: 'hedge.not_sure', pattern: 'not sure ?yet', valence: -0.2, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.we_will_see', pattern: 'we\'ll|i\'ll see', valence: 0, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.will_see', pattern: 'we|i will see', valence: 0, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.think_about', pattern: 'need|have|let|want to|me|us think|discuss|consult|check', valence: 0, mode: 'hesitant' },
  { id: 'hedge.discuss_with', pattern: 'will|shall|we\'ll|i\'ll|to discuss|check|talk|consult|confer ?it ?this with', valence: 0, mode: 'hesitant' },
  { id: 'hedge.in_principle', pattern: 'in principle', valence: 0, mode: 'hesitant', weight: 0.8 },
  { id: 'hedge.revert_after', pattern: 'revert|back after|once|when|later', valence: 0, mode: 'hesitant', weight: 0.8 },
  { id: 'hedge.not_a_priority', pattern: 'not ?a ?our priority|priorities', valence: -0.2, mode: 'hesitant' },
  { id: 'hedge.not_decided', pattern: 'not|haven\'t decided|ready', valence: -0.3, mode: 'hesitant' },
  { id: 'hedge.undecided', pattern: 'undecided|hesitating', valence: -0.3, mode: 'hesitant' },
  { id: 'hedge.let_you_know', pattern: 'will|we\'ll|i\'ll let you know', valence: 0, mode: 'hesitant', weight: 0.6 },
  { id: 'hedge.still_comparing', pattern: 'still considering|comparing|evaluating|thinking', valence: 0, mode: 'hesitant' },
  { id: 'hedge.on_hold', pattern: 'on hold', valence: -0.5, mode: 'hesitant' },
  { id: 'hedge.no_rush', pattern: 'no rush|hurry', valence: 0, mode: 'hesitant', weight: 0.6 },
  { id: 'hedge.not_now', pattern: 'not now|yet', valence: -0.2, mode: 'hesitant', weight: 0.8 },
  // frustration
  { id: 'frustrated.still_waiting', pattern: 'still waiting|no', valence: -1.8, mode: 'frustrated' },
  { id: 'frustrated.no_reply', pattern: 'no reply|response|answer|update|news', valence: -1.2, mode: 'frustrated' },
  { id: 'frustrated.how_many_times', pattern: 'how many times', valence: -2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.yet_again', pattern: 'yet again', valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.nth_time', pattern: 'second|third|fourth time', valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.last_chance', pattern: 'last|final warning|chance', valence: -2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.going_on', pattern: 'what\'s|what ?is going on', valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.waste_time', pattern: 'waste|wasting .. time', valence: -2.5, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.fed_up', pattern: 'fed up', valence: -2.5, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.not_acceptable', pattern: 'not acceptable', valence: -2, mode: 'frustrated' },
  { id: 'frustrated.never_again', pattern: 'never again', valence: -2.5, mode: 'frustrated' },
  { id: 'frustrated.you_said', pattern: 'you said|promised|told .. already|last|yesterday|before', valence: -1.2, mode: 'frustrated' },
  { id: 'frustrated.asking_again', pattern: 'asking|asked|ask again|already|many|twice|3|three', valence: -1.2, mode: 'frustrated', weight: 0.8 },
  { id: 'frustrated.cancel', pattern: 'cancel .. order|contract|po', valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.or_we_cancel', pattern: 'or|otherwise we|i .. cancel', valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.killing_us', pattern: 'killing|kill|kills us|me|our', valence: -1.5, mode: 'frustrated' },
  // skepticism
  // Frankness markers open a doubt ("honestly, how can I trust …") as often as a complaint, so they vote less than a full cue.
  { id: 'skeptical.frankly', pattern: 'honestly|frankly', valence: 0, mode: 'skeptical', weight: 0.6 },
  { id: 'skeptical.are_you_sure', pattern: 'are you sure', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.really', pattern: 'really ?', valence: -0.3, mode: 'skeptical' },
  { id: 'skeptical.at_that_price', pattern: 'at|for that|this|such ?a price|prices ?', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.below_market', pattern: 'below|under ?the ?all every|everyone|anyone|market|average|others|rest', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.cheaper_than_all', pattern: 'lower|cheaper than ?the ?all every|everyone|anyone|market|average|others|rest', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.too_good', pattern: 'too good to be true', valence: -1, mode: 'skeptical', weight: 1.5 },
  { id: 'skeptical.hard_to_believe', pattern: 'hard|difficult to believe', valence: -1, mode: 'skeptical', weight: 1.5 },
  { id: 'skeptical.trust', pattern: 'how can .. trust', valence: -1, mode: 'skeptical', weight: 1.5 },
  { id: 'skeptical.how_sure', pattern: 'how can|do|will i|we ?be sure|know', valence: -0.5, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.not_convinced', pattern: 'not convinced', valence: -1, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.they_also_say', pattern: 'they|others also|all say|says|said|claim|claims|promise|promised', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.everyone_says', pattern: 'everyone|everybody|all say|says|claims|promises', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.number_question_marks', pattern: '# ??', valence: -0.5, mode: 'skeptical', weight: 0.8 },
  { id: 'skeptical.prove', pattern: 'prove it|that|this', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.guarantee', pattern: 'can|will you guarantee', valence: -0.3, mode: 'skeptical', weight: 0.8 },
  { id: 'skeptical.genuine', pattern: 'is|are .. genuine|original|authentic|legit', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.why_cheap', pattern: 'why .. cheap|cheaper|different', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.doesnt_add_up', pattern: 'doesn\'t|doesnt add|make up|sense', valence: -1, mode: 'skeptical' },
  { id: 'skeptical.does_not_add_up', pattern: 'does not add|make up|sense', valence: -1, mode: 'skeptical' },
  { id: 'skeptical.catch', pattern: 'there\'s|theres|there|what\'s|whats|what ?is ?the a catch', valence: -0.8, mode: 'skeptical' },
  { id: 'skeptical.actually', pattern: 'is|are|was|were this|that|it|these|those|they actually|even|truly', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.mismatch', pattern: 'don\'t|doesn\'t|didn\'t|dont|doesnt|do|does|did ?not match|correspond|tally', valence: -0.8, mode: 'skeptical' },
  { id: 'skeptical.not_listed', pattern: 'isn\'t|aren\'t|not listed|registered|traceable|verifiable', valence: -0.8, mode: 'skeptical' },
  { id: 'skeptical.cannot_verify', pattern: 'can\'t|cannot|couldn\'t|could not find|verify|trace', valence: -0.8, mode: 'skeptical' },
  { id: 'skeptical.why_changed', pattern: 'why ... change|changed|changing', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.real_company', pattern: 'real|genuine|legit|legitimate factory|manufacturer|supplier|company ... ?', valence: -0.5, mode: 'skeptical' },
  // engagement and constructive agreement
  { id: 'engaged.cant_wait', pattern: 'can\'t|cannot wait', valence: 2, mode: 'engaged', weight: 1.5 },
  { id: 'engaged.deal', pattern: '^ deal .|!|,', valence: 1.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.lets_move', pattern: 'let\'s|lets move|go forward|ahead', valence: 1.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.have_deal', pattern: 'we|we\'ve have|got a deal', valence: 1.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.its_a_deal', pattern: 'it\'s|its a deal', valence: 1.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.lets_do_it', pattern: 'let\'s|lets do it|this|go', valence: 1.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.love_it', pattern: 'love it|this|them', valence: 2.5, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.great_news', pattern: 'great|fantastic|excellent news', valence: 2, mode: 'engaged' },
  { id: 'engaged.sounds_great', pattern: 'sounds|looks great|perfect|amazing|excellent', valence: 2, mode: 'engaged' },
  { id: 'engaged.exactly', pattern: 'exactly what we|i need|needed|want|wanted|are', valence: 2, mode: 'engaged', weight: 1.2 },
  { id: 'constructive.sounds_good', pattern: 'sounds|looks good|fine|ok|okay|reasonable', valence: 1.2, mode: 'constructive' },
  { id: 'constructive.makes_sense', pattern: 'makes sense', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.move_forward', pattern: 'want|ready|like|decided|happy|glad|able to move|go forward|ahead', valence: 1, mode: 'constructive' },
  { id: 'constructive.can_proceed', pattern: 'we|i can|will|shall proceed', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.can_move_on', pattern: 'we|i can|will move to|on|ahead|forward', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.go_ahead', pattern: '^ go|please go ahead', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.accepted', pattern: 'has|have|was|were|got accepted|approved', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.works', pattern: 'works|work for us|me', valence: 1, mode: 'constructive' },
  { id: 'constructive.lets_discuss', pattern: 'let\'s|lets discuss|talk|schedule|arrange|move', valence: 0.6, mode: 'constructive' },
  { id: 'constructive.lets_try', pattern: 'let\'s|lets try|test|start|begin', valence: 0.6, mode: 'constructive' },
  // A counter-offer: "we could start with 1,000".
  { id: 'constructive.we_could_start', pattern: 'we|i could|can start|begin with', valence: 0.6, mode: 'constructive' },
  { id: 'constructive.can_work_with', pattern: 'we|i can work with|accept|live', valence: 0.8, mode: 'constructive' },
  { id: 'constructive.happy_to', pattern: 'happy|glad to', valence: 1, mode: 'constructive' },
  // Requests are politeness, not agreement: "Could you send the datasheet?" is neutral.
  { id: 'polite.request', pattern: 'could|can|would you ?please', valence: POLITE },
  { id: 'polite.we_would_like', pattern: 'we|i would like', valence: POLITE },
  { id: 'polite.wed_like', pattern: 'we\'d|i\'d like', valence: POLITE },
  // sarcasm: praise next to a complaint
  { id: 'sarcasm.great_another', pattern: 'great|wonderful|fantastic|perfect|brilliant|lovely|awesome|nice|excellent , another|again|still|more', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.great_another_nocomma', pattern: 'great|wonderful|fantastic|perfect|brilliant|lovely|awesome another', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.thanks_for_nothing', pattern: 'thanks|thank ?you for nothing', valence: -2.5, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.yeah_right', pattern: 'yeah|yea right', valence: -1.5, mode: 'skeptical', weight: 1.5, sarcasm: true },
  { id: 'sarcasm.oh_great', pattern: 'oh great|wonderful|perfect|brilliant|joy', valence: -1.5, mode: 'frustrated', weight: 1.5, sarcasm: true },
  // Praise around a long wait: "three weeks for a reply, great service", "only took you a month".
  // Praise for speed, then the real wait: "thanks for the super fast reply, only 9 days", "great service, only 3 weeks late".
  { id: 'sarcasm.fast_then_wait', pattern: 'thanks|thank|thx ... fast|quick|prompt|speedy|rapid|swift reply|response|answer|turnaround ?, only|just # day|days|week|weeks|month|months', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.praise_then_late', pattern: 'great|amazing|excellent|fantastic|wonderful|brilliant|superb|awesome service|job|work|support ?, ?only|just # day|days|week|weeks|month|months late|delayed|overdue', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.only_took', pattern: 'only took|takes you|u|them ?just a|an|one|two|three|four|five|six week|weeks|month|months|year|ages|forever', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.only_took_number', pattern: 'only took|takes you|u|them ?just # weeks|months', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.wait_then_praise', pattern: 'days|weeks|months for|to ?a ?one ?single reply|answer|response|quote|quotation|update ?, ... great|amazing|excellent|fantastic|wonderful|brilliant|superb|awesome service|job|work|support|communication|team', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.late_then_praise', pattern: 'days|weeks|months late|delayed|overdue ?, ... great|amazing|excellent|fantastic|wonderful|brilliant|superb|awesome service|job|work|support|communication|team', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.love_waiting', pattern: 'love|loving .. waiting|delays|excuses', valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
];

/** English sentiment resources. */
export const EN_SENTIMENT: SentimentCues = {
  lexicon: LEXICON,
  phrases: PHRASES,
  contrast: ['but', 'however', 'though', 'although', 'that said'],
  intensifiers: {
    very: 1.3, really: 1.3, extremely: 1.5, so: 1.3, super: 1.4, highly: 1.3, absolutely: 1.4,
    totally: 1.3, incredibly: 1.5, too: 1.2, quite: 1.1, truly: 1.3, most: 1.2,
    slightly: 0.6, somewhat: 0.7, bit: 0.7, little: 0.7, fairly: 0.85, rather: 0.9, kinda: 0.7, barely: 0.5,
  },
};
