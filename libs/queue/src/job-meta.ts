/**
 * The key under which Corridor keeps its own facts about a job in the job's data, beside the
 * payload: what caused the job. No payload type has it, and handlers never see it.
 */
export const JOB_META_KEY = '$corridor';

/** What caused a job: the request whose outbox row (or job) set it off. */
export interface JobMeta {
  /**
   * The id of the HTTP request that set the job off, so its log lines and the job's join up; absent for
   * scheduled work.
   */
  requestId?: string;
}

/** The job data for `payload`, carrying `meta` when there is any. */
export function withJobMeta(payload: unknown, meta: JobMeta): unknown {
  if (!meta.requestId || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  return { ...(payload as Record<string, unknown>), [JOB_META_KEY]: meta };
}

/** Splits job data into the payload its handler takes and the meta beside it. */
export function splitJobMeta(data: unknown): { payload: unknown; meta: JobMeta } {
  if (typeof data !== 'object' || data === null || !(JOB_META_KEY in data)) return { payload: data, meta: {} };
  const { [JOB_META_KEY]: meta, ...payload } = data as Record<string, unknown>;
  const requestId = (meta as JobMeta | null)?.requestId;
  return { payload, meta: typeof requestId === 'string' ? { requestId } : {} };
}

const SUBJECT_ID_KEY: Readonly<Record<string, string>> = {
  supplier: 'supplierId',
  purchase_order: 'purchaseOrderId',
  shipment: 'shipmentId',
};

/**
 * The fields a job's log lines carry: the ids its payload names (top level, `…Id`, and the
 * subject of a task decision), never the rest of it, which may hold names, emails or notes.
 */
export function payloadIds(payload: unknown): Record<string, string> {
  if (typeof payload !== 'object' || payload === null) return {};
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    if (/Id$/.test(key) && typeof value === 'string') ids[key] = value;
  }
  const subject = (payload as { subject?: { kind?: unknown; id?: unknown } }).subject;
  if (subject && typeof subject.kind === 'string' && typeof subject.id === 'string') {
    ids.subjectId = subject.id;
    const key = SUBJECT_ID_KEY[subject.kind];
    if (key) ids[key] ??= subject.id;
  }
  return ids;
}
