/**
 * English configuration: every cue table the extract engine needs. Signal
 * cues are listed family by family; their order does not matter because
 * every cue is tried and the engine merges hits per signal type.
 */
import type { LanguageCues } from '../types.js';
import { COMMITMENT_CUES } from './commitment-cues.js';
import { EN_DATES } from './date-cues.js';
import { EN_ENTITIES } from './entity-cues.js';
import { INTENT_CUES } from './intent-cues.js';
import { OBJECTION_CUES } from './objection-cues.js';
import { RELATIONSHIP_CUES } from './relationship-cues.js';
import { EN_SENTIMENT } from './sentiment-cues.js';
import { EN_TOPICS } from './topic-cues.js';

/** English cue resources. */
export const EN: LanguageCues = {
  code: 'en',
  decimalSeparator: '.',
  chronoLocale: 'en',
  negators: [
    'not', 'no', 'never', 'without', 'nor', 'neither', 'hardly', 'none', 'cannot', 'nothing',
    "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "aren't", 'arent',
    "wasn't", 'wasnt', "weren't", "won't", 'wont', "can't", 'cant', "couldn't", "wouldn't",
    "shouldn't", "haven't", "hasn't", "hadn't", "ain't",
  ],
  resolutions: [
    'fine|ok|okay|acceptable|good|better|solved|resolved now',
    'now .. fine|ok|okay|acceptable|good|better|solved|resolved|sorted',
    'resolved|solved|sorted|fixed',
    'has|have|was|been ?been resolved|solved|fixed|sorted',
    'works|work for us|me',
    'we|i can accept|live',
    // A polar question answered "no" ("price too high? no, it's ok"). A bare "no" at the end of the text is not matched.
    '? no|nope ,|.|!',
    '? no|nope it|it\'s|its|the|we',
  ],
  autoReply: [
    'out of ?the office',
    'automatic|automated|auto reply|response|message|notification',
    'auto-reply|autoreply|auto-response',
    "i am|i'm ?currently out of ?the office",
    'i am ?currently away|absent from ?the office',
    "i'm ?currently away|absent from ?the office",
    'this is an automatic|automated',
    'your message|email|mail|request|ticket|enquiry|inquiry has been received',
  ],
  // The buyer ends the deal: the stage classifier reads these as lost.
  dealLost: [
    'went|gone|go|going with another|other supplier|vendor|factory|manufacturer',
    'went|gone|go|going with a different supplier|vendor|factory|manufacturer',
    'placed|awarded the|our order with|to another|other',
    'placed|awarded the|our order with|to a different',
    'no longer need|interested|require',
    'cancel|close|drop the|our|this inquiry|enquiry|rfq|request|project',
    'not moving|going forward',
  ],
  comingBack: [
    "get|come back to you|u",
    "i|we|i'll|we'll|will|shall get|come back",
    "i|we|i'll|we'll|will|shall ?_ revert",
    "i|we|i'll|we'll|will|shall let you|u know",
    "i|we|i'll|we'll|will|shall keep you|u posted|updated|informed",
    "i|we|i'll|we'll|will|shall update you|u",
    'review|discuss|check|evaluate|consider ?it|this|that|them internally',
  ],
  signals: [...INTENT_CUES, ...COMMITMENT_CUES, ...OBJECTION_CUES, ...RELATIONSHIP_CUES],
  topics: EN_TOPICS,
  sentiment: EN_SENTIMENT,
  dates: EN_DATES,
  entities: EN_ENTITIES,
};
