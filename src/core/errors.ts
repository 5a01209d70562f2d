/** Base class of Parley's own errors. `name` is the error kind and the message names the failing value. */
export class ParleyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that cannot be read: bad file, bad record, unknown format. */
export class InputError extends ParleyError {
  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}: ${message}`, options);
  }
}

/** Invalid configuration file or option value. */
export class ConfigError extends ParleyError {}

/** Failure of the storage layer (open, migrate, write). */
export class StorageError extends ParleyError {}

/** Returns the message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
