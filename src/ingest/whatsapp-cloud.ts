import { readFile } from 'node:fs/promises';
import { errorMessage } from '../core/errors.js';
import type { IngestItem } from '../core/types.js';
import { quarantined } from './quarantine.js';
import { cloudPayloadSchema } from './whatsapp-cloud-schema.js';
import { firstIssue } from './mapping-issue.js';
import { valueMessages } from './whatsapp-cloud-value.js';

/** Messages and quarantined records of a webhook file, plus the events that are not messages. */
export interface CloudResult {
  items: IngestItem[];
  /** Status events (sent, delivered, read, failed), reactions and content-free notices. */
  skipped: number;
}

/** A payload with where it was found: `line=3` (JSON Lines), `payload=2` (array) or nothing (one payload). */
interface LocatedPayload {
  where: string;
  value: unknown;
}

/**
 * Reads WhatsApp Business Cloud API webhook payloads saved as JSON: one
 * payload, an array of payloads, or JSON Lines with one payload per line.
 * Customer messages become inbound WhatsApp messages in one conversation per
 * customer (`whatsapp-cloud:<wa_id>`); status events are counted as skipped.
 *
 * NOTE: webhooks carry only what customers send. The business's own replies
 * show up as status events without text, so the seller side of these chats
 * must come from another source, such as canonical `.jsonl`.
 */
export async function readWhatsAppCloudFile(filePath: string): Promise<CloudResult> {
  return parseWhatsAppCloud(await readFile(filePath, 'utf8'), filePath);
}

/** Parses the text of a webhook file; `source` names the file in locators. */
export function parseWhatsAppCloud(text: string, source: string): CloudResult {
  const result: CloudResult = { items: [], skipped: 0 };
  for (const payload of splitPayloads(text.replace(/^\ufeff/, '').trim(), source, result)) {
    const locator = payload.where ? `${source}#${payload.where}` : source;
    const label = payload.where ? `${payload.where.replace('=', ' ')}: ` : '';
    const parsed = cloudPayloadSchema.safeParse(payload.value);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      result.items.push(quarantined(locator, `${label}not a webhook payload: field "${field}": ${message}`, JSON.stringify(payload.value)));
      continue;
    }
    parsed.data.entry.forEach((entry, e) =>
      entry.changes.forEach((change, c) => {
        const read = valueMessages(change.value, { locator: `${locator}/entry[${e}].changes[${c}].value`, label });
        result.items.push(...read.items);
        result.skipped += read.skipped;
      }),
    );
  }
  return result;
}

/** Splits a file into payloads; lines that are not JSON are quarantined into `result`. */
function splitPayloads(text: string, source: string, result: CloudResult): LocatedPayload[] {
  try {
    const document: unknown = JSON.parse(text);
    if (Array.isArray(document)) return document.map((value, i) => ({ where: `payload=${i + 1}`, value }));
    return [{ where: '', value: document }];
  } catch {
    // Not one JSON document: read it as JSON Lines below.
  }
  const payloads: LocatedPayload[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      payloads.push({ where: `line=${index + 1}`, value: JSON.parse(line) });
    } catch (error) {
      result.items.push(quarantined(`${source}#line=${index + 1}`, `line ${index + 1}: invalid JSON: ${errorMessage(error)}`, line));
    }
  });
  return payloads;
}
