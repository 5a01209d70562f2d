/** A fresh folder for one test, removed when the test finishes, so test runs leave nothing in the temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Creates `<tmp>/parley-<name>-XXXXXX`; call it inside a test. */
export function testDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parley-${name}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
