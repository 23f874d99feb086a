import type { TrackingService } from '@corridor/tracking';

type View = Awaited<ReturnType<TrackingService['publicView']>>;

const STATUS_ZH: Record<string, string> = {
  handoff_booked: '已预订承运',
  handed_over: '已交寄',
  in_transit: '运输中',
  arrived: '已抵达中国',
  customs_cleared: '已清关',
  out_for_delivery: '派送中',
  delivered: '已送达',
  exception: '异常',
  cancelled: '已取消',
};

function escape(text: string | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small bilingual page for store staff: where the parcel is and what happened on the way. */
export function renderTrackingPage(view: View): string {
  const rows = [...view.events]
    .reverse()
    .map(
      (e) =>
        `<tr><td>${escape(e.occurredAt.replace('T', ' ').slice(0, 16))} UTC</td><td>${escape(e.description.zh)}<br><small>${escape(e.description.en)}</small></td><td>${escape(e.location)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(view.trackingNumber)} · 物流跟踪 Tracking</title>
<style>body{font-family:system-ui,"PingFang SC","Noto Sans SC",sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.3rem}.status{font-size:1.6rem;font-weight:600;margin:.5rem 0}table{width:100%;border-collapse:collapse}
td{border-top:1px solid #ddd;padding:.5rem;vertical-align:top}small{color:#666}</style></head>
<body><h1>物流跟踪 Shipment tracking · ${escape(view.trackingNumber)}</h1>
<div class="status">${escape(STATUS_ZH[view.status] ?? view.status)} · ${escape(view.status.replace(/_/g, ' '))}</div>
<p>${escape(view.origin)} → ${escape(view.destination.storeZh)} ${escape(view.destination.store)}, ${escape(view.destination.cityZh)} ${escape(view.destination.city)}<br>
预计送达 Estimated delivery: ${escape(view.estimatedDelivery)} · 承运商 Carrier: ${escape(view.carrier)}</p>
<table>${rows || '<tr><td>暂无跟踪信息 No events yet</td></tr>'}</table></body></html>`;
}
