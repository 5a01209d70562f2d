/**
 * English frames that put a place on another party's side: a supplier's or
 * competitor's location, a factory, or the origin of the goods ("a factory
 * in Foshan offered…", "made in Vietnam", "we used to buy from Turkey").
 */
import type { PlaceFrameCues } from '../types.js';

/** Another party that sells or makes the goods. "Our supplier" is still another party. */
const PARTIES =
  'supplier|suppliers|vendor|vendors|competitor|competitors|exporter|exporters|seller|sellers|trader|traders|' +
  'manufacturer|manufacturers|producer|producers|mill|mills|factories|plants|workshops';
/** Singular facilities, framed only after a determiner that is not the buyer's ("a", "your"). */
const FACILITIES = 'factory|plant|workshop';
/** Sites the buyer calls "our" ("our factories in Mexico", "our warehouse in Lima"). */
const OWN_SITES =
  'factory|factories|plant|plants|workshop|workshops|mill|mills|warehouse|warehouses|office|offices|store|stores|branch|branches|site|sites';
/** Nouns a buyer uses for itself ("we are a supplier in Kenya", "we are a factory in Lagos"). */
const SELF = `${PARTIES}|${OWN_SITES}|importer|importers|distributor|distributors|wholesaler|wholesalers|retailer|retailers`;
const PLACE_PREPOSITIONS = '?based|located in|from|at';
/** Verbs of buying somewhere ("we buy in Dubai", "bought from Turkey"). */
const BUYING = 'buy|buys|buying|bought|purchase|purchased|purchasing|source|sourced|sourcing';
/** Verbs of bringing goods in. "Import in" is left out, because it may name the buyer's own country. */
const IMPORTING = 'import|imports|imported|importing';
const OBJECTS = '?it|them|these|those|this|goods|products|stock|everything ?currently|now|usually|mostly|mainly|directly';

/** Phrases that make the port after them where the goods go: "ship to", "destination port:". */
export const EN_DESTINATION_FRAMES = [
  'reach|reaches|reaching ?the ?port ?of',
  'must|should|shall|to|will arrive|be at|in|into ?the ?port ?of',
  'need|needs|needed|want|require|requires ... at|in|into|to ?the ?port ?of',
  'arrival|arrivals ?at|in|to ?the ?port ?of',
  'discharge|destination|delivery port ?should|must|will|shall|is ?be',
  'to|into|till|until|via|thru|through ?the ?port|ports ?of',
  'deliver|delivers|delivered|delivery|deliveries|shipped|landed|cif|cfr|cnf|c&f|dap|ddp|dpu|cpt|cip|fca at|in|into ?the ?port|ports ?of',
  'destination|discharge|pod|delivery ?port|place|point ?: ?the ?port ?of',
  'port|place of destination|discharge|delivery|unloading ?:',
];

/** English place frames. */
export const EN_PLACE_FRAMES: PlaceFrameCues = {
  before: [
    `${PARTIES} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} of _ ?_ in|from`,
    // A relative clause between the party and its place ("the supplier we use in Ningbo").
    `${PARTIES} ?that|who|which we|i .. in|from|at`,
    `our|my ${PARTIES} ${PLACE_PREPOSITIONS}`,
    `a|an|another|one|your|their|other|some ${FACILITIES} ${PLACE_PREPOSITIONS}`,
    'competition from',
    'made|manufactured|produced|fabricated|assembled in|from',
    // The city of a trade fair or meeting does not show where the buyer is ("we met at the fair in Guangzhou").
    'fair|fairs|expo|exhibition|exhibitions in|at',
    'met|meet ?you ?each ?other in|at',
    'country of origin ?: ?is',
    `${BUYING} ${OBJECTS} from|in`,
    `${IMPORTING} ${OBJECTS} from`,
  ],
  after: ['supplier|suppliers|vendor|vendors|competitor|competitors|factory|factories|manufacturer|manufacturers|exporter|exporters|mill|mills|origin'],
  own: [
    // "our Lagos factory": an own word right before the place cancels the frame after it.
    'our|my ?own',
    `our|my ?own ${OWN_SITES} ${PLACE_PREPOSITIONS}`,
    `we|i are|am ?also .. ${SELF} ${PLACE_PREPOSITIONS}`,
    `we're|i'm|im ?also .. ${SELF} ${PLACE_PREPOSITIONS}`,
    // "We have a supplier in China" is another party, so "have" takes only the buyer's sites.
    `we|i have|own|run|operate ?also .. ${OWN_SITES} ${PLACE_PREPOSITIONS}`,
    `we've|weve ?also .. ${OWN_SITES} ${PLACE_PREPOSITIONS}`,
    `we|i are|am .. ${SELF} of _ ?_ in|from`,
    `we're|i'm|im .. ${SELF} of _ ?_ in|from`,
  ],
  articles: ['the'],
  listLinkers: ['and', 'or', '&', '/'],
  destination: EN_DESTINATION_FRAMES,
};
