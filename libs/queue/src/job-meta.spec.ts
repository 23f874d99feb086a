import { JOB_META_KEY, payloadIds, splitJobMeta, withJobMeta } from './job-meta';

describe('job meta beside a payload', () => {
  it('carries the request id on the job data and hands the handler the payload alone', () => {
    const payload = { shipmentId: 's1', actor: { role: 'system' } };
    const data = withJobMeta(payload, { requestId: 'req-1' });

    expect(data).toEqual({ ...payload, [JOB_META_KEY]: { requestId: 'req-1' } });
    expect(splitJobMeta(data)).toEqual({ payload, meta: { requestId: 'req-1' } });
  });

  it('leaves a payload untouched when nothing caused it, and reads old jobs without meta', () => {
    const payload = { actor: { role: 'system' } };

    expect(withJobMeta(payload, {})).toBe(payload);
    expect(splitJobMeta(payload)).toEqual({ payload, meta: {} });
  });

  it('names the ids of a payload for its log lines, never its other fields', () => {
    expect(
      payloadIds({
        supplierId: 'sup-1',
        message: 'Contact aline@example.rw',
        subject: { kind: 'purchase_order', id: 'po-1' },
        taskId: 'task-1',
      }),
    ).toEqual({ supplierId: 'sup-1', taskId: 'task-1', subjectId: 'po-1', purchaseOrderId: 'po-1' });
  });
});
