/**
 * The serve config file (`parley serve --config FILE`): per workspace, the
 * seller's identities, the webhook secrets and the automation rules.
 *
 * ```json
 * { "workspaces": {
 *     "harbor": {
 *       "seller": { "team": { "domains": ["harborlighting.example"] }, "defaultCountry": "CN" },
 *       "whatsapp": { "appSecret": "…", "verifyToken": "…" },
 *       "form": { "secret": "…" },
 *       "automations": [ { "id": "hot", "when": { "type": "stage_change", "to": ["commitment"] },
 *                          "task": { "assignee": "mei", "dueInMinutes": 60 } } ] } } }
 * ```
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { automationRuleSchema, type AutomationRule } from '../automate/config.js';
import { EMPTY_CONFIG, sellerConfigSchema, type SellerConfig } from '../config/seller-config.js';
import { ConfigError, errorMessage } from '../core/errors.js';

const workspaceSettingsSchema = z
  .object({
    seller: sellerConfigSchema.optional(),
    /** WhatsApp Business Cloud API app: the app secret signs webhook bodies, the verify token passes the subscription check. */
    whatsapp: z.object({ appSecret: z.string().min(8), verifyToken: z.string().min(8) }).strict().optional(),
    /** Web form webhook: the secret signs form bodies. */
    form: z.object({ secret: z.string().min(16) }).strict().optional(),
    automations: z.array(automationRuleSchema).default([]),
  })
  .strict();

const serveConfigSchema = z.object({ workspaces: z.record(z.string(), workspaceSettingsSchema).default({}) }).strict();

export interface WorkspaceSettings {
  seller: SellerConfig;
  whatsapp?: { appSecret: string; verifyToken: string };
  form?: { secret: string };
  automations: AutomationRule[];
}

export interface ServeConfig {
  workspaces: Record<string, WorkspaceSettings>;
}

export const EMPTY_SERVE_CONFIG: ServeConfig = { workspaces: {} };

/** Settings of a workspace, with no webhooks and no automations when the config does not name it. */
export function workspaceSettings(config: ServeConfig, workspaceId: string): WorkspaceSettings {
  return config.workspaces[workspaceId] ?? { seller: EMPTY_CONFIG, automations: [] };
}

/** Validates a parsed config; `source` names the file in errors. */
export function parseServeConfig(value: unknown, source: string): ServeConfig {
  const result = serveConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new ConfigError(`${source}: invalid field "${field}": ${issue?.message ?? 'invalid value'}`);
  }
  const workspaces: Record<string, WorkspaceSettings> = {};
  for (const [id, settings] of Object.entries(result.data.workspaces)) {
    const ids = new Set<string>();
    for (const rule of settings.automations) {
      if (ids.has(rule.id)) throw new ConfigError(`${source}: workspaces.${id}.automations: rule id "${rule.id}" is used twice`);
      ids.add(rule.id);
    }
    workspaces[id] = {
      seller: settings.seller ?? EMPTY_CONFIG,
      automations: settings.automations,
      ...(settings.whatsapp ? { whatsapp: settings.whatsapp } : {}),
      ...(settings.form ? { form: settings.form } : {}),
    };
  }
  return { workspaces };
}

/** Reads and validates a serve config file. */
export function loadServeConfig(path: string): ServeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the serve config: ${errorMessage(error)}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: invalid JSON: ${errorMessage(error)}`, { cause: error });
  }
  return parseServeConfig(json, path);
}
