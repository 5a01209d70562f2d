/**
 * On-demand loading of the two heaviest dependencies. Importing chrono-node
 * and libphonenumber-js took about 0.4 s and 0.2 s of start-up in a local
 * measurement (`node -e "import('chrono-node')"`, Node 20, 2-core Xeon at
 * 2.8 GHz). Most buyer messages need neither, because chrono only runs around
 * date words that Parley's own forms do not read, and phone parsing only runs
 * when a message or sender has a phone number. Both packages ship CommonJS
 * builds, so they load synchronously on first use.
 */
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';
import type * as PhoneModule from 'libphonenumber-js';

const require = createRequire(import.meta.url);
let chrono: typeof ChronoModule | undefined;
let phone: typeof PhoneModule | undefined;

/** Returns chrono-node, loading it on the first call. */
export function loadChrono(): typeof ChronoModule {
  chrono ??= require('chrono-node') as typeof ChronoModule;
  return chrono;
}

/** Returns libphonenumber-js, loading it on the first call. */
export function loadPhoneNumbers(): typeof PhoneModule {
  phone ??= require('libphonenumber-js') as typeof PhoneModule;
  return phone;
}
