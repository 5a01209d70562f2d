import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { EMPTY_MAPPINGS, mappingsSchema } from './mappings.js';

/**
 * The seller team's identities, read from `parley.config.json`. A message
 * from any of these identities is outbound; every other message is inbound.
 *
 * ```json
 * { "team": { "domains": ["harborlighting.example"], "emails": [],
 *             "names": ["Mei Lin"], "phones": ["+8613800138000"] },
 *   "defaultCountry": "CN",
 *   "mappings": { "marketplace": { "targetPrice": "Expected Price" } } }
 * ```
 *
 * `mappings` names the columns of marketplace and web form exports whose
 * headers the built-in synonyms do not recognize (see `mappings.ts`).
 */
export const sellerConfigSchema = z.object({
  team: z
    .object({
      domains: z.array(z.string().min(1)).default([]),
      emails: z.array(z.string().min(3)).default([]),
      names: z.array(z.string().min(1)).default([]),
      phones: z.array(z.string().min(3)).default([]),
    })
    .strict()
    .default({ domains: [], emails: [], names: [], phones: [] }),
  /** ISO 3166-1 alpha-2 country for phone numbers written without a country code. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "AE"')
    .optional(),
  mappings: mappingsSchema,
});

export type SellerConfig = z.infer<typeof sellerConfigSchema>;

export const EMPTY_CONFIG: SellerConfig = {
  team: { domains: [], emails: [], names: [], phones: [] },
  mappings: EMPTY_MAPPINGS,
};

/** Returns true when the config names at least one team identity. */
export function hasTeamIdentities(config: SellerConfig): boolean {
  const { domains, emails, names, phones } = config.team;
  return domains.length + emails.length + names.length + phones.length > 0;
}

/** Parses and validates a config object; `source` names the file in errors. */
export function parseSellerConfig(value: unknown, source: string): SellerConfig {
  const result = sellerConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new ConfigError(
      `${source}: invalid field "${field}": ${issue?.message ?? 'invalid value'}. ` +
        'See README "Seller config" for the expected shape.',
    );
  }
  return result.data;
}

/** Reads and validates a seller config file. */
export function loadSellerConfig(path: string): SellerConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found; check the path or omit --config' : (error as Error).message}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseSellerConfig(json, path);
}
