import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACK_SOURCES } from './pack-sources.js';
import { openManifest, PRECOMPILED_FOLDER, readPrecompiledPacks, writePrecompiledPacks } from './precompiled.js';
import type { LanguageCues } from './types.js';

const DIST_REGISTRY_DIR = fileURLToPath(new URL('../../../dist/extract/lang/', import.meta.url));

describe('precompiled packs of the build', () => {
  it('exist and match the pack sources', () => {
    const manifest = openManifest(DIST_REGISTRY_DIR);
    expect(manifest, 'dist/extract/lang/precompiled is missing or older than the compiled packs; run `npm run build`').not.toBeNull();
    expect(manifest?.languages).toEqual(Object.keys(PACK_SOURCES));
    for (const [code, pack] of Object.entries(PACK_SOURCES)) {
      // The build writes JSON.stringify(pack) and checks that it parses back equal, so equal text means equal packs.
      const table = readFileSync(join(DIST_REGISTRY_DIR, PRECOMPILED_FOLDER, `${code}.json`), 'utf8');
      expect(table === JSON.stringify(pack), `${code}: dist tables differ from src/extract/lang; run \`npm run build\``).toBe(true);
    }
  });

  it('are what the built registry reads', () => {
    const packsModule = readFileSync(join(DIST_REGISTRY_DIR, 'packs.js'), 'utf8');
    expect(packsModule).toContain('readPrecompiledPacks');
  });
});

/** Creates a registry folder with one pack module and a module it imports, as tsc would write them. */
function fakeRegistry(): { dir: string; registry: string; pack: LanguageCues } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-precompiled-'));
  mkdirSync(join(dir, 'xx'));
  writeFileSync(join(dir, 'index.js'), "import { XX } from './xx/index.js';\nexport const packs = () => import('./xx/index.js');\n");
  writeFileSync(join(dir, 'xx', 'index.js'), "import { WORDS } from './words.js';\nexport const XX = { code: 'xx', negators: WORDS };\n");
  writeFileSync(join(dir, 'xx', 'words.js'), "export const WORDS = ['non'];\n");
  const pack = { code: 'xx', negators: ['non'], signals: [{ id: 'a', pattern: 'prix', strength: 0.5 }] } as unknown as LanguageCues;
  return { dir, registry: join(dir, 'index.js'), pack };
}

describe('readPrecompiledPacks', () => {
  it('returns the packs that were written', () => {
    const { dir, registry, pack } = fakeRegistry();
    const manifest = writePrecompiledPacks(registry, { xx: pack });
    expect(manifest.files).toEqual(['index.js', 'xx/index.js', 'xx/words.js']);
    const packs = readPrecompiledPacks(dir);
    expect(Object.keys(packs)).toEqual(['xx']);
    expect(packs.xx).toStrictEqual(pack);
    rmSync(dir, { recursive: true });
  });

  it('rejects tables after an imported module changed', () => {
    const { dir, registry, pack } = fakeRegistry();
    writePrecompiledPacks(registry, { xx: pack });
    writeFileSync(join(dir, 'xx', 'words.js'), "export const WORDS = ['non', 'jamais'];\n");
    expect(() => readPrecompiledPacks(dir)).toThrow(/older than the compiled pack modules\. Run `npm run build`/);
    rmSync(dir, { recursive: true });
  });

  it('rejects tables after an imported module was deleted', () => {
    const { dir, registry, pack } = fakeRegistry();
    writePrecompiledPacks(registry, { xx: pack });
    rmSync(join(dir, 'xx', 'words.js'));
    expect(() => readPrecompiledPacks(dir)).toThrow(/Run `npm run build`/);
    rmSync(dir, { recursive: true });
  });

  it('rejects tables without a manifest', () => {
    const { dir, registry, pack } = fakeRegistry();
    writePrecompiledPacks(registry, { xx: pack });
    rmSync(join(dir, PRECOMPILED_FOLDER, 'manifest.json'));
    expect(() => readPrecompiledPacks(dir)).toThrow(/missing or older/);
    rmSync(dir, { recursive: true });
  });
});

describe('writePrecompiledPacks', () => {
  it.each([
    ['a RegExp', /prix/],
    ['undefined', undefined],
    ['NaN', Number.NaN],
  ])('rejects a pack holding %s', (_name, value) => {
    const { dir, registry, pack } = fakeRegistry();
    const bad = { ...pack, negatorLookalikes: value } as unknown as LanguageCues;
    expect(() => writePrecompiledPacks(registry, { xx: bad })).toThrow(/the value at xx\.negatorLookalikes does not survive JSON/);
    rmSync(dir, { recursive: true });
  });
});
