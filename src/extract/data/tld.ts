/**
 * Two-letter top-level domains that are used as generic names, not as a
 * country signal (".io", ".co", ".ai" …), and ccTLDs whose country code differs.
 */
export const GENERIC_CCTLDS = new Set(['io', 'co', 'ai', 'me', 'tv', 'cc', 'ly', 'gg', 'fm', 'to', 'ws', 'vc', 'la', 'sh', 'is', 'am', 'eu']);

/** ccTLD → ISO 3166-1 alpha-2 where the two differ. */
export const CCTLD_COUNTRY: Record<string, string> = { uk: 'GB' };
