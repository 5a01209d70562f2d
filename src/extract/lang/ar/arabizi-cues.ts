/**
 * Arabizi signal cues: Arabic chat written in Latin letters, with digits for
 * the letters Latin lacks (3 for ع, 7 for ح, 2 for ء, 5 for خ, 8 for ق in the
 * Gulf). Gulf, Levantine, Egyptian and Maghrebi buyers write it on WhatsApp
 * ("el se3r 3ali shway", "baddi 3 cartons"), and the Arabic-script cues of the
 * other files never match it. Spellings vary from writer to writer, so each
 * word lists its common spellings. English trade words in these messages
 * ("order", "invoice", "MOQ") are read by the English cues the engine adds
 * to every language.
 */
import type { SignalCue } from '../types.js';

/** Price and prices. */
const PRICE = 'se3r|s3r|si3r|sa3r|se3ro|se3rha|as3ar|as3ark|as3arkom|as3arkon|as3arko|tamn|taman|prix|price|prices';
/** Expensive, high, or "fire" ("el as3ar nar"). */
const EXPENSIVE = 'ghali|ghalie|ghalye|ghalya|ghaly|ghalyin|ghalyeen|3ali|3alie|3alye|3alya|mortafe3|mortafa3|mortafe3a|nar';
/** I or we want (Levantine, Gulf, Egyptian, Maghrebi). */
const WANT = 'badna|bidna|bdna|badi|bade|baddi|bidde|biddi|nabi|nbi|abi|ab8a|abgha|abga|3ayez|3ayza|3ayzin|3ayzeen|bghina|bghit';
/** Send me (imperatives and "will send"). */
const SEND_ME = 'ba3atli|ba3etli|ba3tli|eb3atli|eb3atly|ab3atli|ab3atly|ib3atli|ib3atly|eb3tli|ersel|ersil|arsel|arsil|ersli|arsilli|eb3at|ib3at|ab3at|sayftli|sifetli|seftli';
/** Units a buyer orders in. */
const UNIT = 'cartons|carton|containers|container|pallets|pallet|pcs|pieces|ta2m|ta2em|units|kilo|tonne|tonnes|ton|tons|tonn|kartone|kartoneh|metre|metres|meter|meters|metr|kg|kilos|sets|set|rolls|roll|boxes|box|dozen|7aba|7abba|habba';
/** I or we want, in more spellings, before a count or an order: "arid", "nabghi", "n7eb". */
const WANT_MORE = 'arid|areed|ared|nabghi|nebghi|baghi|baghyin|n7eb|n7ebou|n7ebbou|bedna|beddi|abgha|nabgha|3awzin|3awz|7abin|7abbin';
/** First-person taking or buying, present or future: Levantine "mnekhod", Egyptian "hakhod", Maghrebi "nakhdou". */
const TAKE = 'mnekhod|mnekhud|mne5od|mnekhdon|nekhod|nakhod|nakhud|na5od|ne5od|bnekhod|bnakhod|bnekhdon|hakhod|ha5od|hanakhod|hana5od|hnakhod|nakhdo|nakhdou|nakhdu|bnishtri|mnishtri|hanshtri|nishtri|neshtri|nchri|nechri|nachriw|nchriw|nshteri';
/** Order nouns: "el order", "talabiya", Maghrebi "commande", "el kamiya". */
const ORDER = 'order|orders|talabiya|talabiye|talabiyeh|talabeya|talabiyya|talab|commande|lcommande|shipment|shohna|sho7na|kamiya|kammiye|kmiya|quantity|7aja|l7aja|container|containers|po';
/** Ordering again: "n3awdou", "nkarrer". */
const REPEAT = 'n3awdou|n3awdo|n3awdu|bn3awed|n3awed|n3eed|bn3eed|mn3eed|n3ido|nkarrer|bnkarrer|nkarer|mnkarrer|hankarrer';
/** Transferring the deposit soon: "ha7awel el flous", "bn7awel el deposit". */
const TRANSFER = 'ha7awel|ha7awwel|hahawel|hanhawel|han7awel|hn7awel|a7awel|a7awil|a7wel|n7awel|n7awwel|bn7awel|bn7awwel|mn7awel|ba7awel|ba7awwel|bahawel|n7awlo|nkhalsou|nkhalso|n5alsou';
/** The deposit or the money. */
const DEPOSIT = '3arboon|3arbun|3arboun|3arbon|deposit|flous|fulus|masari|mablagh|tasbi9|tasbi2|avance|acompte|dof3a|dof3ah|daf3a|tt';
/** Tomorrow, today or now, for a promised transfer. */
const SOON = 'bokra|bukra|bokara|bukara|ghodwa|ghadwa|bacher|bachir|elyom|elyoum|lyoum|today|tomorrow|now|hala2|halla2|al7een|el7een|daba|dlw2ty|delwa2ti';
/** Carrying on with the seller: "mnkamel ma3kon", "bnemshi m3akom". */
const GO_ON = 'bnkamel|nkamel|mnkamel|hankamel|nkammel|bnkammel|mnkammel|nmshi|nemshi|mnemshi|bnemshi|bnmshi|hanemshi|nmchiw';
const WITH_YOU = 'm3akum|m3akom|ma3kom|ma3kum|ma3akom|ma3akum|m3ak|ma3ak|ma3kon|m3kon|ma3akon|m3akon|m3akon|m3akoum|m3akou';
/** If: "iza", "law", Maghrebi "ila", Tunisian "ken". */
const IF = 'iza|eza|itha|idha|law|lau|ila|ilakan|ken|if';
/** Asking whether the buyer may: "mumkin", "fina", Tunisian "nnajmou". */
const CAN_WE = 'mumkin|momken|mumken|memken|mmkn|momkin|fina|fenna|fyna|nnajmou|nnajmo|najmou|nej7em|n2dar|ne2dar|nedar|nqdar|n8dar|ngdar';
/** First-person starting: "nabda", "nballesh". */
const WE_START = 'nabda|nabda2|nebda|nebda2|nbda|nbda2|nibda|nibda2|nballesh|nballish|nbalesh|nbalish|nabdaw|nebdaw|nbdaw';
/** How much. */
const HOW_MUCH = 'kam|adesh|addesh|adde|adeh|addeh|ade|chhal|shhal|ch7al|sh7al|kaddesh|gedesh|gaddesh|bkam|bikam|b2adesh|b2ade';
/** Not, in chat spellings. */
const NOT = 'msh|mesh|mish|mush|mosh|mo|mu|ma|mi|mch|machi|mashi';
/** The sample or samples. */
const SAMPLE = '3ayena|3ayna|3ayyna|3ayyne|3ayneh|3aynat|3ayenat|3ayyenat|sample|samples|échantillon|echantillon';
/** Days, weeks or months, after a count: "3 jem3at", "2 chhour". */
const PERIOD = 'jem3at|jem3a|jm3at|ayam|iyam|yom|youm|chhour|shhour|shohour|shhor|ash-hor|ashhor|asabee3|asabi3|osbo3|esbo3|weeks|days|months|shahr|chhar|shahrein|shahren|chahrin|chahrine';
/** Waiting, or a promise: "rani nstanna", "wa3adtni". */
const WAITING = 'nstanna|nestanna|nistanna|mestanni|mstanni|mistanni|stanena|estanena|nestana|nintizer|nantader|nantathir|ntsenna|waiting|wa3adtni|wa3adtouna|wa3adtuna|wa3adtoni|wa3adtna';
/** Second-person promises: "gltoli" (you said to me), "2oltoli", "wa3adtouna". */
const YOU_SAID = 'gltoli|galtoli|gultuli|2ultuli|oltoli|2oltoli|qultuli|2oltouli|oltouli|wa3adtouna|wa3adtuna|wa3adtni|wa3adtoni|wa3adtna';
/** Now or today: "w al7een", "w hala2". */
const NOW = 'al7een|el7een|l7een|hala2|halla2|halla|daba|dlw2ty|delwa2ti|dilwa2ti|hassa|hessa|hassa3|elyom|elyoum|lyoum|today|now';
/** The shipment or the goods. */
const SHIPMENT = 'shohna|shu7na|sho7na|shahna|sha7na|shipment|bda3a|bdha3a|bidha3a|boda3a|order|container|sel3a|talabiye';

export const ARABIZI_CUES: SignalCue[] = [
  // intent.quotation
  { id: 'arabizi.how_much_price', type: 'intent.quotation', pattern: `${HOW_MUCH} .. ${PRICE}`, strength: 0.7 },
  { id: 'arabizi.price_how_much', type: 'intent.quotation', pattern: `${PRICE} .. ${HOW_MUCH} ?`, strength: 0.6 },
  { id: 'arabizi.send_price', type: 'intent.quotation', pattern: `${SEND_ME}|${WANT} .. ${PRICE}|offer|quotation|3ard|3ardkom|list`, strength: 0.6 },
  // intent.purchase
  { id: 'arabizi.want_quantity', type: 'intent.purchase', pattern: `${WANT} ?_ # ${UNIT}`, strength: 0.55 },
  { id: 'arabizi.want_order', type: 'intent.purchase', pattern: `${WANT} .. order|talabiye|talabiya|talabiyeh|talabeya`, strength: 0.6 },
  { id: 'arabizi.will_send_order', type: 'intent.purchase', pattern: 'hab3at|hab3atlak|hanb3at|ha3mel|han3mel|hn3mel|ra7|rah .. order|PO|deposit|talabiye', strength: 0.55 },
  { id: 'arabizi.want_quantity', type: 'intent.purchase', pattern: `${WANT_MORE} ?_ # ${UNIT}`, strength: 0.55, statementOnly: true },
  // Taking a count, also after a condition: "mnekhod 4 pallets", "iza nazzalt shway hanakhod 3 containers".
  { id: 'arabizi.take_count', type: 'intent.purchase', pattern: `${TAKE} ?el|al|l #`, strength: 0.65, statementOnly: true },
  // The same order again: "badna nafs el order", "arid nafs el kamiya", "n3awdou nafs el commande".
  { id: 'arabizi.same_again', type: 'intent.purchase', pattern: `${WANT}|${WANT_MORE}|${REPEAT} nafs|nfs|nefs ?el|al|l ${ORDER}`, strength: 0.65 },
  { id: 'arabizi.repeat_order', type: 'intent.purchase', pattern: `${REPEAT} ?el|al|l ${ORDER}`, strength: 0.65 },
  { id: 'arabizi.grow_order', type: 'intent.purchase', pattern: 'bnzeed|nzeed|mnzeed|hanzeed|nzid|bnzid|nzido|nzidou|nzawed|bnzawed|hanzawed ?el|al|l order|talabiya|talabiye|kamiya|kammiye|kmiya|quantity|commande', strength: 0.6 },
  // The deposit sent soon: "ha7awel el 3arboon", "bn7awel el flous bukra".
  { id: 'arabizi.will_transfer', type: 'intent.purchase', pattern: `${TRANSFER} ?el|al|l ${DEPOSIT}|${SOON}`, strength: 0.65 },
  // Confirming soon, or carrying on with the seller: "han2akid lkom el talabiya", "mnkamel ma3kon".
  { id: 'arabizi.will_confirm', type: 'intent.purchase', pattern: `a2akid|a2kid|akkid|n2akid|bn2akid|ha2akid|han2akid|nakked|nakkdo ?lek|lak|lik|lkom|lakom|lkon ?el|al|l ${ORDER}`, strength: 0.6 },
  { id: 'arabizi.go_on', type: 'intent.purchase', pattern: `${GO_ON} ${WITH_YOU}`, strength: 0.6 },
  // relationship.negotiation_openness
  // A purchase on a condition: "iza btsir 1.80 mnekhod 3 pallets".
  { id: 'arabizi.if_you_we_take', type: 'relationship.negotiation_openness', pattern: `${IF} _ ... ${TAKE}`, strength: 0.65 },
  // A smaller start asked for: "momken nebda b 300?", "fina nballesh b 500 metre?".
  { id: 'arabizi.can_we_start', type: 'relationship.negotiation_openness', pattern: `${CAN_WE} ${WE_START}`, strength: 0.65 },
  { id: 'arabizi.count_ok', type: 'relationship.negotiation_openness', pattern: `${CAN_WE} # ?_ ?_ ?`, strength: 0.6 },
  { id: 'arabizi.count_ok', type: 'relationship.negotiation_openness', pattern: '# tenfa3|yenfa3|ynfa3|btenfa3|bimshi|byemshi|yemshi|yimshi ?', strength: 0.6 },
  // Asking the seller to come down: "fik tnazzel shway?", "btnazzlo 5%?".
  { id: 'arabizi.come_down', type: 'relationship.negotiation_openness', pattern: 'tnazzil|tnazzel|tnazel|btnazzel|btnazzil|btnazel|btnazzlo|btnazlo|tnazzlo|tenazzel|tkhaffed|t5affed|tkhaffid|tna9es|tnaqes|tna2es|tnaz9ou|tnaqsou', strength: 0.55 },
  // A split shipment or order: "n2asem el shohna 3ala daf3tain".
  { id: 'arabizi.split', type: 'relationship.negotiation_openness', pattern: 'n2asem|nqassem|n2assem|nqasem|nkassem|n9assem|n9asmou|nqasmou|n2asmha|nqasmha|n9asmha|tqasmha|t2asmha', strength: 0.65 },
  // intent.urgency
  { id: 'arabizi.right_away', type: 'intent.urgency', pattern: '7alan|halan|bsor3a|besor3a|bser3a|fawran|deghri|daghri|dughri|mesta3gel|mista3jel|mosta3jel|msta3jel|mesta3jil', strength: 0.6 },
  // commitment.invoice_request and commitment.sample_request.
  { id: 'arabizi.send_invoice', type: 'commitment.invoice_request', pattern: `${SEND_ME} .. fatura|fatoura|fatoora|fattoura|invoice|proforma|PI|el7esab|hesab`, strength: 0.7 },
  { id: 'arabizi.send_sample', type: 'commitment.sample_request', pattern: `${SEND_ME}|${WANT} .. ${SAMPLE}`, strength: 0.6 },
  // objection.price
  { id: 'arabizi.price_expensive', type: 'objection.price', pattern: `${PRICE} .. ${EXPENSIVE}`, strength: 0.8 },
  { id: 'arabizi.expensive', type: 'objection.price', pattern: 'ghali|ghalie|ghalye|ghalya|ghaly', strength: 0.55 },
  { id: 'arabizi.cheaper', type: 'objection.price', pattern: 'arkhas|ar5as|arkhass|ar5s|rkhis|rkhees|ar5ass', strength: 0.6 },
  // objection.moq
  { id: 'arabizi.moq_big', type: 'objection.moq', pattern: 'MOQ|minimum|el7ad ... kbeer|kbir|kabeer|kebir|ktir|kteer|ketir|wayed|bezaf|bzaf', strength: 0.75 },
  // objection.lead_time
  { id: 'arabizi.late', type: 'objection.lead_time', pattern: 't2akhar|et2akhar|et2akharet|t2akharet|it2akhar|it2akharet|mt2akhar|mit2akher|mit2akhra|ta2khir|t2khir|ta2kheer|tawwaltu|tawwalto|ta3tal', strength: 0.7 },
  { id: 'arabizi.still_not_arrived', type: 'objection.lead_time', pattern: 'lesa|lissa|lessa|mazal|mazel ?ma|mish|msh|mesh wasal|wasalet|wosel|woslet|wislat|wsel|wselt|mawsalsh|mawsaltsh|wasalsh|wsletsh|shahantu|shahanto|ba3attu|ba3atto', strength: 0.7 },
  { id: 'arabizi.not_arrived', type: 'objection.lead_time', pattern: `${SHIPMENT} .. mawsalsh|mawsaltsh|mawaslatsh|mawsletsh|wosletsh|wasaletsh|wslatsh|wsaltch|mawsaletsh`, strength: 0.7 },
  // A long wait, or a promised day followed by another: "rani nstanna men 2 chhour", "sar 3 jem3at wa3adtni", "gltoli el ithnain w al7een el khamees".
  { id: 'arabizi.long_wait', type: 'objection.lead_time', pattern: `${WAITING} ... men|mn|min|mnd|sar|sarli|sarlna|ba2alna|ba2ali # ${PERIOD}`, strength: 0.7 },
  { id: 'arabizi.long_wait', type: 'objection.lead_time', pattern: `sar|sarli|sarlna|sarelna|saarli|ba2ali|ba2alna|b2alna # ${PERIOD} .. ${WAITING}`, strength: 0.7 },
  { id: 'arabizi.promised_day_passed', type: 'objection.lead_time', pattern: `${YOU_SAID} ... w|wel|we ${NOW}`, strength: 0.65 },
  // objection.moq: more than the buyer sells: "ma nbi3ouch akther men 1000 fel 3am".
  { id: 'arabizi.more_than_we_sell', type: 'objection.moq', pattern: `${NOT}|mesh|msh nbi3|nbi3ouch|nbi3ush|nbee3|mnbi3|bnbi3|nbi3o|nsarref|nsta3mel|nista3mel akther|aktar|akthar|aktr|more men|min|mn|than #`, strength: 0.65, negatable: false },
  // objection.certification: not found on a register: "mish mawjood 3ala el NANDO database".
  { id: 'arabizi.not_on_register', type: 'objection.certification', pattern: `${NOT} mawjood|mawjoud|mawjouda|mawjooda|mawjud|mawjude|zaher|zahra|yitla3|byitla3|btitla3 .. database|site|website|nando|mawqa3|maw2e3|system|register`, strength: 0.7, negatable: false },
  // objection.quality
  { id: 'arabizi.not_like_sample', type: 'objection.quality', pattern: `${NOT} nafs|metel|mitl|mithl|zay|zei|zy|kif|mtl .. ${SAMPLE}|catalog|catalogue|sora|swar|order|talabna|talab`, strength: 0.75, negatable: false },
  { id: 'arabizi.defective', type: 'objection.quality', pattern: 'kharban|5arban|kharbana|5arbana|khirbane|maksour|maksoura|maksoora|mkasar|mkassar|mkassra|m3attal|me3attal|m3attala|radi2|rdee2|radee2|ba7et|ba7ta', strength: 0.7 },
  { id: 'arabizi.not_working', type: 'objection.quality', pattern: `${NOT} shaghal|shaghala|shaghaleen|byeshtaghel|byeshtghel|bteshtghel|btshtghel|yeshtaghel|khadama|khedama`, strength: 0.7, negatable: false },
  { id: 'arabizi.wrong', type: 'objection.quality', pattern: 'ghalat|ghalta|8alat|ghlat', strength: 0.5 },
  // objection.payment_terms
  { id: 'arabizi.wont_pay_advance', type: 'objection.payment_terms', pattern: `${NOT} hadfa3|badfa3|bidfa3|bedfa3|nedfa3|ndfa3|nidfa3|hanedfa3|handfa3|edfa3|adfa3|nkhalles|nkhales|ndfa3o ... mo2adam|mu2addam|moqadam|mu2adam|advance|upfront|kamel|100`, strength: 0.8, negatable: false },
  // objection.supplier_history
  { id: 'arabizi.supplier_cheated', type: 'objection.supplier_history', pattern: 'supplier|suppliers|mowarred|mwared|sini|siniyeen|wa7ed|wa7ad|akher|e5er|a5er ... nasab|nasabo|nasabuna|sakkar|khada3|5ada3|khad3ouna|hrab|7arab|harab|ikhtafa|e5tafa|yikhtifoon|yekhtefo|yekhtefu|ekhtafa', strength: 0.75 },
  { id: 'arabizi.bad_experience', type: 'objection.supplier_history', pattern: 'tajrubti|tajrobti|tajrubitna|tajrebti|tajrubetna|tajrobetna ... sayye2a|saye2a|sayy2a|say2a|we7sha|wa7sha|zbala', strength: 0.75 },
  // relationship.tone
  { id: 'arabizi.warm_address', type: 'relationship.tone', pattern: 'habibi|habibti|7abibi|7abibti|akhoi|akhouya|khoya|khouya|7abibna|habibna', strength: 0.5 },
  { id: 'arabizi.thanks', type: 'relationship.tone', pattern: 'shukran|shokran|shokrn|yislamo|yeslamo|yislamu|tislam|teslam|teslamo|mashkor|mashkoor|mashkour|yeslam', strength: 0.5 },
];
