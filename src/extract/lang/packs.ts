/**
 * The language packs the registry reads. Run from source, they come from
 * their modules (`pack-sources.ts`). `npm run build` replaces the compiled
 * form of this module, dist/extract/lang/packs.js, with one that reads the
 * packs from tables the same build precompiled (`precompiled.ts`). That
 * module parses each table on its first use, and throws when the tables are
 * older than the compiled pack modules.
 */
export { PACK_SOURCES as PACKS } from './pack-sources.js';
