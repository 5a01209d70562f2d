/**
 * Precompiled language packs. Several packs generate their tables when their
 * modules load: Arabic builds the attached forms of each cue word, Portuguese
 * and French add unaccented spellings. Importing the extractors took about
 * 0.33 s of CPU in each process and worker thread with the pack modules, and
 * 0.08 s with these tables (process.cpuUsage(), Node 20, 2 x AMD EPYC). So
 * `npm run build` writes each pack as JSON, and the built registry parses a
 * language's table on its first use instead of loading the pack modules.
 *
 * The tables are derived from the compiled pack modules, so the manifest
 * records a SHA-256 over every module they import, directly or not. Reading
 * the tables rehashes those modules and throws when one changed or is
 * missing, so tables older than the code are never used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { LanguageCues } from './types.js';

/** Version of the manifest and table layout. Change it when either changes. */
const FORMAT = 1;
/** Folder of the tables, inside the folder of the compiled registry. */
export const PRECOMPILED_FOLDER = 'precompiled';
const MANIFEST = 'manifest.json';

/** Contents of `manifest.json`. */
export interface Manifest {
  format: number;
  /** Language codes, each with a `<code>.json` table, in the order of the pack sources. */
  languages: string[];
  /** Modules the tables were derived from, relative to the registry's folder. */
  files: string[];
  /** SHA-256 of those modules, from `fingerprintFiles`. */
  fingerprint: string;
}

/**
 * Returns the packs of the tables under `registryDir` as an object keyed by
 * language code, whose properties parse their table on first read. Throws
 * when the tables are missing or older than the modules they came from.
 */
export function readPrecompiledPacks(registryDir: string): Record<string, LanguageCues> {
  const manifest = openManifest(registryDir);
  if (manifest === null) {
    throw new Error(
      `${join(registryDir, PRECOMPILED_FOLDER)}: the precompiled language packs are missing or older than the compiled pack modules. Run \`npm run build\` to write them again.`,
    );
  }
  const packs: Record<string, LanguageCues> = {};
  for (const code of manifest.languages) {
    let pack: LanguageCues | undefined;
    Object.defineProperty(packs, code, {
      enumerable: true,
      get: () => {
        pack ??= readTable(registryDir, code);
        return pack;
      },
    });
  }
  return packs;
}

/**
 * Returns the manifest of the tables under `registryDir`, or null when there
 * is none, its format is another, or a module it hashed changed or is missing.
 */
export function openManifest(registryDir: string): Manifest | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(registryDir, PRECOMPILED_FOLDER, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.languages) || !Array.isArray(manifest.files)) {
    return null;
  }
  try {
    return fingerprintFiles(registryDir, manifest.files) === manifest.fingerprint ? manifest : null;
  } catch {
    return null;
  }
}

/** Parses the table of one language. */
export function readTable(registryDir: string, code: string): LanguageCues {
  return JSON.parse(readFileSync(join(registryDir, PRECOMPILED_FOLDER, `${code}.json`), 'utf8')) as LanguageCues;
}

/**
 * Writes the tables of `packs` into the folder of `sourcesFile`, replacing
 * old ones. `sourcesFile` is the compiled module that imports the packs: the
 * fingerprint covers it and every relative module it imports, statically or
 * dynamically. Throws when a pack contains a value that JSON does not keep (a
 * function, a RegExp, a Map, undefined, NaN), because the tables must equal
 * the modules exactly.
 */
export function writePrecompiledPacks(sourcesFile: string, packs: Readonly<Record<string, LanguageCues>>): Manifest {
  const registryDir = dirname(sourcesFile);
  const folder = join(registryDir, PRECOMPILED_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [code, pack] of Object.entries(packs)) {
    const text = JSON.stringify(pack);
    const difference = firstDifference(pack, JSON.parse(text), code);
    if (difference !== null) {
      throw new Error(
        `invalid language pack "${code}": the value at ${difference} does not survive JSON. Use only plain objects, arrays, strings, finite numbers and booleans in packs.`,
      );
    }
    writeFileSync(join(folder, `${code}.json`), text);
  }
  const files = importClosure(sourcesFile).map((file) => relative(registryDir, file));
  const manifest: Manifest = { format: FORMAT, languages: Object.keys(packs), files, fingerprint: fingerprintFiles(registryDir, files) };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** SHA-256 over the relative paths and contents of the files, in the given order. Throws when one cannot be read. */
function fingerprintFiles(baseDir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT}\n`);
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(baseDir, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Static imports and re-exports, which tsc writes at the start of a line, with a relative specifier. */
const STATIC_IMPORT_RE = /^(?:import|export)\b[^;'"]*?(?:\bfrom\s*)?(['"])(\.\.?\/[^'"]+)\1/gm;
/** Dynamic imports with a relative specifier. */
const DYNAMIC_IMPORT_RE = /\bimport\(\s*(['"])(\.\.?\/[^'"]+)\1\s*\)/g;

/** Returns the module and every relative module it imports, transitively, sorted by path. */
function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of [...text.matchAll(STATIC_IMPORT_RE), ...text.matchAll(DYNAMIC_IMPORT_RE)]) {
      pending.push(resolve(dirname(file), match[2] as string));
    }
  }
  return [...seen].sort();
}

/**
 * Returns the path of the first value that differs between a pack and its
 * JSON copy (value, key order, prototype, frozenness), or null when they are equal.
 */
function firstDifference(original: unknown, copy: unknown, path: string): string | null {
  if (typeof original !== 'object' || original === null) {
    return Object.is(original, copy) ? null : path;
  }
  const prototype = Object.getPrototypeOf(original) as unknown;
  if (typeof copy !== 'object' || copy === null || (prototype !== Object.prototype && prototype !== Array.prototype)) {
    return path;
  }
  if (Object.isFrozen(original) !== Object.isFrozen(copy)) {
    return path;
  }
  const keys = Reflect.ownKeys(original);
  const copyKeys = Reflect.ownKeys(copy);
  const movedKey = keys.find((key, i) => key !== copyKeys[i]);
  if (movedKey !== undefined) {
    return `${path}.${String(movedKey)}`;
  }
  if (keys.length !== copyKeys.length) {
    return path;
  }
  for (const key of keys) {
    const difference = firstDifference((original as Record<PropertyKey, unknown>)[key], (copy as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`);
    if (difference !== null) {
      return difference;
    }
  }
  return null;
}
