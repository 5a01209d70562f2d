/** Ports: major container ports by name, and "port of X". */
import type { Entity } from '../../core/types.js';
import { PORTS, type PortInfo } from '../data/ports.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import { alternation, WORD_START } from '../text/regex.js';

export type PortEntity = Extract<Entity, { type: 'port' }>;

const PORT_MATCHER = new PhraseMatcher<PortInfo>([...PORTS].map(([key, info]) => ({ pattern: key, payload: info })));

const introducerRe = perLanguage((cues: LanguageCues) => {
  const intro = alternation(cues.entities.portIntroducers);
  return new RegExp(String.raw`${WORD_START}(?:${intro})\s*(?<name>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})`, 'giu');
});

/** Finds ports; a name after "port of" counts even when it is not in the list. */
export function extractPorts(doc: Doc): PortEntity[] {
  const out: PortEntity[] = [];
  for (const hit of PORT_MATCHER.match(doc.tokens)) {
    const first = doc.tokens[hit.from];
    const last = doc.tokens[hit.to - 1];
    if (first !== undefined && last !== undefined) {
      out.push({ type: 'port', value: hit.payload.name, ...span(doc.text, first.start, last.end) });
    }
  }
  const re = introducerRe(doc.cues);
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    const name = m.groups?.name ?? '';
    const start = m.index + m[0].length - name.length;
    if (!out.some((p) => p.start < start + name.length && start < p.end)) {
      out.push({ type: 'port', value: PORTS.get(name.toLowerCase())?.name ?? name, ...span(doc.text, start, start + name.length) });
    }
  }
  return out;
}
