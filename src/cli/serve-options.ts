/** Option parsers of `parley serve`. */
import { InvalidArgumentError } from 'commander';

/** Parses `--port`: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError(`invalid port "${value}": use a whole number from 0 to 65535, e.g. 8080`);
  }
  return port;
}

/** Parses `--body-limit`: a whole number of bytes, at least 1024. */
export function parseByteCount(value: string): number {
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || bytes < 1024 || !Number.isSafeInteger(bytes)) {
    throw new InvalidArgumentError(`invalid byte count "${value}": use a whole number of bytes of at least 1024, e.g. 10485760 for 10 MiB`);
  }
  return bytes;
}
