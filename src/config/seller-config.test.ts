import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { loadSellerConfig, parseSellerConfig } from './seller-config.js';

describe('parseSellerConfig', () => {
  it('reads team identities', () => {
    const config = parseSellerConfig({ team: { domains: ['harbor.example'] }, defaultCountry: 'CN' }, 'x.json');
    expect(config.team.domains).toEqual(['harbor.example']);
    expect(config.team.names).toEqual([]);
    expect(config.defaultCountry).toBe('CN');
  });

  it('rejects a misspelled team key', () => {
    expect(() => parseSellerConfig({ team: { domain: ['harbor.example'] } }, 'x.json')).toThrow(ConfigError);
    expect(() => parseSellerConfig({ team: { domain: ['harbor.example'] } }, 'x.json')).toThrow(/x\.json.*team.*domain/);
  });

  it('rejects a lower-case country code', () => {
    expect(() => parseSellerConfig({ defaultCountry: 'cn' }, 'x.json')).toThrow(/defaultCountry/);
  });
});

describe('loadSellerConfig', () => {
  it('says what to do when the file is missing', () => {
    expect(() => loadSellerConfig('/nonexistent/parley.config.json')).toThrow(/file not found; check the path/);
  });
});
