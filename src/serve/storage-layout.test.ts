import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { parseServeStorage, registryTarget, workspaceTarget } from './storage-layout.js';

describe('serve storage layout', () => {
  it('puts SQLite workspaces in their own files', () => {
    const storage = parseServeStorage({ data: '/srv/parley' });
    expect(registryTarget(storage)).toEqual({ kind: 'sqlite', path: '/srv/parley/registry.db' });
    expect(workspaceTarget(storage, 'harbor')).toEqual({ kind: 'sqlite', path: '/srv/parley/workspaces/harbor.db' });
  });

  it('puts PostgreSQL workspaces in their own schemas', () => {
    const storage = parseServeStorage({ db: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(registryTarget(storage)).toMatchObject({ kind: 'postgres', schema: 'parley_registry' });
    expect(workspaceTarget(storage, 'harbor')).toMatchObject({ kind: 'postgres', schema: 'ws_harbor' });
  });

  it('defaults to the parley-data folder', () => {
    expect(parseServeStorage({})).toEqual({ kind: 'sqlite', dataDir: 'parley-data' });
  });

  it.each([
    ['both options', { data: 'dir', db: 'postgres://127.0.0.1/test' }],
    ['a file path as --db', { db: 'parley.db' }],
    ['a schema parameter', { db: 'postgres://127.0.0.1/test?schema=mine' }],
  ])('rejects %s', (_name, options) => {
    expect(() => parseServeStorage(options)).toThrow(InputError);
  });

  it.each(['../etc', 'Harbor', 'a-b', '9lives', ''])('rejects workspace id %j', (id) => {
    expect(() => workspaceTarget({ kind: 'sqlite', dataDir: 'd' }, id)).toThrow(InputError);
  });
});
