/** Workspaces and API keys of `parley serve`. */

/** A team's separate data: its own store, automations and keys. */
export interface Workspace {
  /** Lower-case letters, digits and "_", usable as a file name and a schema name. */
  id: string;
  name: string;
  createdAt: string;
}

/** A new API key; the secret is shown once and only its SHA-256 hash is stored. */
export interface IssuedKey {
  workspaceId: string;
  /** Public part, shown in lists ("pk_" + 8 hex digits). */
  keyId: string;
  /** The whole key to send as `Authorization: Bearer <key>`. */
  secret: string;
}

/** Workspaces and their keys, kept apart from any workspace's data. */
export interface WorkspaceRegistry {
  /** Creates a workspace with one key. Throws InputError when the id is taken or malformed. */
  createWorkspace(id: string, name: string): Promise<{ workspace: Workspace; key: IssuedKey }>;
  /** Issues another key for an existing workspace. */
  issueKey(workspaceId: string): Promise<IssuedKey>;
  /** Revokes a key by its public id; true when one was revoked. */
  revokeKey(keyId: string): Promise<boolean>;
  /** The workspace a key belongs to, or null for an unknown or revoked key. Compares hashes in constant time. */
  workspaceOfKey(secret: string): Promise<Workspace | null>;
  listWorkspaces(): Promise<Workspace[]>;
  close(): Promise<void>;
}
