import { AsyncLocalStorage } from 'node:async_hooks';

/** What caused the work being done: the HTTP request, or the job carrying that request's id on. */
export interface RequestContext {
  /** The request id (`X-Request-Id`) of the request that set this work off; absent for scheduled work. */
  requestId?: string;
}

const current = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `context` as its cause, so outbox rows it writes carry the request id on to their jobs. */
export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return current.run(context, work);
}

/** The request id of the request (or the job it set off) being served; undefined outside one. */
export function currentRequestId(): string | undefined {
  return current.getStore()?.requestId;
}
