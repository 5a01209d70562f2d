/** The workspace an API key resolved for a request. */
import type { FastifyRequest } from 'fastify';
import type { Workspace } from './types.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the API key check of the /v1 routes; absent on webhook and public routes. */
    workspace?: Workspace;
  }
}

/** Returns the request's workspace. Throws when a route without the API key check calls it, which is a bug. */
export function requestWorkspace(request: FastifyRequest): Workspace {
  if (!request.workspace) throw new Error(`route ${request.method} ${request.url} has no API key check`);
  return request.workspace;
}
