import { fileURLToPath } from 'node:url';

/**
 * Folder of the shared public test files, which the repository expects
 * beside its own checkout (`../shared/data`). Used by tests only.
 */
export const TEST_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Absolute path of a file under the shared test data folder. */
export function testDataPath(relative: string): string {
  return TEST_DATA_DIR + relative;
}
