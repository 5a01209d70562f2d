/** Query routes and outcome recording; every handler reads the store of the key's workspace only. */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ServerAutomations } from './app.js';
import type { Store } from '../store/store.js';
import {
  accountsQuerySchema,
  idParamsSchema,
  outcomeBodySchema,
  pipelineQuerySchema,
  stalledQuerySchema,
  taskPatchSchema,
  tasksQuerySchema,
} from './api-schemas.js';
import { HttpError, notFound, parseRequest } from './http-errors.js';
import { getAccount, getConversation, listAccounts, pipeline, recordOutcome, stalledDeals } from './queries.js';
import { requestWorkspace } from './request-workspace.js';
import type { WorkspaceStores } from './workspace-stores.js';

export interface QueryRoutesOptions {
  stores: WorkspaceStores;
  automations?: ServerAutomations | undefined;
  now: () => Date;
}

export const queryRoutes: FastifyPluginAsync<QueryRoutesOptions> = async (app, options) => {
  const storeOf = (request: FastifyRequest): Promise<Store> => options.stores.get(requestWorkspace(request).id);

  app.get('/accounts', async (request) => {
    const page = parseRequest(accountsQuerySchema, request.query, 'query');
    return listAccounts(await storeOf(request), page);
  });

  app.get('/accounts/:id', async (request) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'params');
    return getAccount(await storeOf(request), id);
  });

  app.get('/conversations/:id', async (request) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'params');
    return getConversation(await storeOf(request), id);
  });

  app.get('/pipeline', async (request) => {
    const query = parseRequest(pipelineQuerySchema, request.query, 'query');
    return pipeline(await storeOf(request), query);
  });

  app.get('/stalled', async (request) => {
    const { asOf, ...page } = parseRequest(stalledQuerySchema, request.query, 'query');
    return stalledDeals(await storeOf(request), asOf === undefined ? options.now() : new Date(asOf), page);
  });

  app.get('/tasks', async (request) => {
    const filter = parseRequest(tasksQuerySchema, request.query, 'query');
    const workspaceId = requestWorkspace(request).id;
    const tasks = options.automations ? await options.automations.listTasks(workspaceId, filter) : [];
    return { tasks };
  });

  app.patch('/tasks/:id', async (request) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'params');
    const { status } = parseRequest(taskPatchSchema, request.body, 'body');
    const workspaceId = requestWorkspace(request).id;
    if (!options.automations?.setTaskStatus) throw notFound(`task ${id}`);
    if (!(await options.automations.setTaskStatus(workspaceId, id, status))) throw notFound(`task ${id}`);
    const [task] = (await options.automations.listTasks(workspaceId)).filter((candidate) => candidate.id === id);
    return task ?? { id, status };
  });

  app.get('/dead-letters', async (request) => {
    const workspaceId = requestWorkspace(request).id;
    const deadLetters = options.automations ? await options.automations.listDeadLetters(workspaceId) : [];
    return { deadLetters };
  });

  app.post('/dead-letters/:id/retry', async (request, reply) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'params');
    const workspaceId = requestWorkspace(request).id;
    const retried = options.automations?.retryDeadLetter ? await options.automations.retryDeadLetter(workspaceId, id) : false;
    if (!retried) throw notFound(`dead letter ${id}`);
    void reply.status(202);
    return { id, status: 'queued' };
  });

  app.post('/outcomes', async (request) => {
    const body = parseRequest(outcomeBodySchema, request.body, 'body');
    const today = options.now().toISOString().slice(0, 10);
    if (body.date !== undefined && body.date > today) {
      throw new HttpError(400, 'invalid_request', `invalid field "body.date": ${body.date} is after today (${today}); record an outcome once the deal is decided`, 'body.date');
    }
    return recordOutcome(await storeOf(request), body);
  });
};
