/**
 * Build step, run by `npm run build` after tsc as `node dist/extract/lang/precompile.js`:
 * writes the precompiled language packs next to the compiled registry and
 * replaces the compiled dist/extract/lang/packs.js with a module that reads
 * them (`precompiled.ts`). Running tsc alone afterwards restores the compiled
 * packs.js, which imports the pack modules again.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACK_SOURCES } from './pack-sources.js';
import { writePrecompiledPacks } from './precompiled.js';

const PACKS_MODULE = `// Written by \`npm run build\` (src/extract/lang/precompile.ts) in place of the compiled src/extract/lang/packs.ts.
// The packs come from the tables in ./precompiled/, which readPrecompiledPacks checks against the pack modules.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPrecompiledPacks } from './precompiled.js';
export const PACKS = readPrecompiledPacks(dirname(fileURLToPath(import.meta.url)));
`;

const modulePath = fileURLToPath(import.meta.url);
if (!modulePath.endsWith('.js')) {
  throw new Error(`${modulePath}: run the compiled build step with \`npm run build\`, because it rewrites the compiled packs.js next to it`);
}
const registryDir = dirname(modulePath);
const manifest = writePrecompiledPacks(join(registryDir, 'pack-sources.js'), PACK_SOURCES);
writeFileSync(join(registryDir, 'packs.js'), PACKS_MODULE);
rmSync(join(registryDir, 'packs.js.map'), { force: true });
process.stderr.write(`precompiled language packs ${manifest.languages.join(', ')} from ${manifest.files.length} modules\n`);
