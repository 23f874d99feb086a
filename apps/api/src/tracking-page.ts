import { CARRIERS, type CarrierEventCode, type ShipmentStatus } from '@corridor/domain';
import type { PublicTracking } from '@corridor/tracking';

export type PageLanguage = 'zh' | 'en';

type Text = Readonly<Record<PageLanguage, string>>;

/** The journey as the page draws it, one step per milestone event code. */
const STEPS: readonly { code: CarrierEventCode; label: Text }[] = [
  { code: 'accepted', label: { en: 'Handed over to the carrier', zh: '已交寄承运商' } },
  { code: 'departed_origin', label: { en: 'Departed Rwanda', zh: '已离开卢旺达' } },
  { code: 'in_transit', label: { en: 'In transit', zh: '运输中' } },
  { code: 'arrived_destination', label: { en: 'Arrived in China', zh: '已抵达中国' } },
  { code: 'customs_cleared', label: { en: 'Customs cleared', zh: '已清关' } },
  { code: 'out_for_delivery', label: { en: 'Out for delivery', zh: '派送中' } },
  { code: 'delivered', label: { en: 'Delivered', zh: '已送达' } },
];

/** The step a status stands at; none before hand-over (for `exception`, found from the events). */
const STEP_BY_STATUS: Partial<Record<ShipmentStatus, CarrierEventCode>> = {
  handed_over: 'accepted',
  in_transit: 'in_transit',
  arrived: 'arrived_destination',
  customs_cleared: 'customs_cleared',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
};

const TROUBLE: readonly CarrierEventCode[] = ['customs_hold', 'exception', 'returned'];

const STATUS_TEXT: Readonly<Record<ShipmentStatus, Text>> = {
  documents_pending: { en: 'Preparing documents', zh: '单证准备中' },
  documents_ready: { en: 'Documents ready', zh: '单证已备妥' },
  documents_blocked: { en: 'Documents on hold', zh: '单证待处理' },
  handoff_booked: { en: 'Booked with the carrier', zh: '已预订承运' },
  handed_over: { en: 'Handed over to the carrier', zh: '已交寄承运商' },
  in_transit: { en: 'In transit', zh: '运输中' },
  arrived: { en: 'Arrived in China', zh: '已抵达中国' },
  customs_cleared: { en: 'Customs cleared', zh: '已清关' },
  out_for_delivery: { en: 'Out for delivery', zh: '派送中' },
  delivered: { en: 'Delivered', zh: '已送达' },
  exception: { en: 'Delivery exception', zh: '运输异常' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
};

const UI = {
  title: { en: 'Shipment tracking', zh: '物流跟踪' },
  trackingNumber: { en: 'Tracking number', zh: '运单号' },
  from: { en: 'From', zh: '发货地' },
  to: { en: 'To', zh: '目的门店' },
  estimated: { en: 'Estimated delivery', zh: '预计送达' },
  deliveredOn: { en: 'Delivered on', zh: '送达日期' },
  carrier: { en: 'Carrier', zh: '承运商' },
  journey: { en: 'Journey', zh: '运输进度' },
  now: { en: 'Now', zh: '当前' },
  notYet: { en: 'Not yet', zh: '尚未到达' },
  reachedNoTime: { en: 'Reached (no scan reported)', zh: '已到达（承运商未报告扫描）' },
  trouble: { en: 'Exceptions reported', zh: '异常记录' },
  allEvents: { en: 'All carrier events', zh: '全部物流记录' },
  noEvents: { en: 'No carrier events yet', zh: '暂无物流记录' },
  origin: { en: 'Kigali, Rwanda', zh: '卢旺达 基加利' },
  times: { en: 'Times are UTC.', zh: '时间为世界协调时（UTC）。' },
} satisfies Record<string, Text>;

const CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:#1d2327;background:#f4f5f7}
main{max-width:36rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:baseline;gap:.5rem;flex-wrap:wrap}
h1{font-size:1.1rem;margin:0}
nav a{color:#0b57d0;margin-left:.5rem;text-decoration:none}nav a[aria-current]{font-weight:700;color:#1d2327}
.card{background:#fff;border-radius:.75rem;padding:1rem;margin:.75rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.number{font-family:ui-monospace,monospace;overflow-wrap:anywhere;color:#555}
.headline{font-size:1.6rem;font-weight:700;margin:.25rem 0}
.headline.exception{color:#b3261e}.headline.delivered{color:#137333}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem;margin:.5rem 0 0}dt{color:#666}dd{margin:0;overflow-wrap:anywhere}
h2{font-size:1rem;margin:0 0 .5rem}
ol.timeline{list-style:none;margin:0;padding:0}
.timeline li{position:relative;padding:0 0 1rem 1.75rem;overflow-wrap:anywhere}
.timeline li::before{content:"";position:absolute;left:.4rem;top:.35rem;width:.7rem;height:.7rem;border-radius:50%;background:#c4c7c5;border:2px solid #c4c7c5}
.timeline li::after{content:"";position:absolute;left:.72rem;top:1.2rem;bottom:0;width:2px;background:#c4c7c5}
.timeline li:last-child::after{display:none}
.timeline li.reached::before{background:#137333;border-color:#137333}.timeline li.reached::after{background:#137333}
.timeline li.current::before{background:#fff;border-color:#0b57d0;box-shadow:0 0 0 4px rgba(11,87,208,.2)}
.timeline li.current .label{color:#0b57d0;font-weight:700}
.timeline li.pending .label{color:#80868b}
.label{display:block;font-weight:600}.when,.where{display:block;font-size:.875rem;color:#555}
.now{display:inline-block;font-size:.75rem;background:#0b57d0;color:#fff;border-radius:1rem;padding:0 .5rem;margin-left:.25rem;vertical-align:middle}
.trouble{border-left:4px solid #b3261e}.trouble li{margin-bottom:.5rem;overflow-wrap:anywhere}
ul{margin:0;padding-left:1.25rem}details summary{cursor:pointer;font-weight:600}
details li{font-size:.875rem;margin:.25rem 0;overflow-wrap:anywhere}
footer{font-size:.75rem;color:#666;text-align:center;margin:1rem 0}`;

/** HTML-escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string | null | undefined): string {
  return String(text ?? '').replace(
    /[&<>"'`]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c] ?? c,
  );
}

/**
 * The page's language: `?lang=zh|en` when given, else the first of zh/en the browser prefers
 * (`Accept-Language` by q-value), else Chinese, the store staff's language.
 */
export function pickLanguage(query: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (query === 'zh' || query === 'en') return query;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((l) => (l.primary === 'zh' || l.primary === 'en') && l.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranked[0]?.primary as PageLanguage | undefined) ?? 'zh';
}

function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function page(input: { lang: PageLanguage; title: string; body: string; path: string }): string {
  const other: PageLanguage = input.lang === 'zh' ? 'en' : 'zh';
  const link = (l: PageLanguage, text: string) =>
    `<a href="${escapeHtml(`${input.path}?lang=${l}`)}" hreflang="${l === 'zh' ? 'zh-CN' : 'en'}"${l === input.lang ? ' aria-current="page"' : ''}>${text}</a>`;
  return `<!doctype html>
<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
<style>${CSS}</style></head>
<body><main>
<header><h1>Corridor · ${escapeHtml(UI.title[input.lang])}</h1>
<nav aria-label="${input.lang === 'zh' ? '语言' : 'Language'}">${link('zh', '中文')}${link('en', 'English')}</nav></header>
${input.body}
<footer lang="${other === 'zh' ? 'zh-CN' : 'en'}">${escapeHtml(UI.title[other])}: ${link(other, other === 'zh' ? '中文版' : 'English version')}</footer>
</main></body></html>`;
}

/** A small phone-friendly page for store staff: the status and the journey on a timeline. */
export function renderTrackingPage(view: PublicTracking, lang: PageLanguage): string {
  const t = (text: Text) => escapeHtml(text[lang]);
  const firstOf = new Map<CarrierEventCode, PublicTracking['events'][number]>();
  for (const e of view.events) if (!firstOf.has(e.code)) firstOf.set(e.code, e);

  // The step the shipment stands at: its status, or for an exception the furthest step reported.
  const reachedIndex = (() => {
    const byStatus = STEP_BY_STATUS[view.status];
    if (byStatus) return STEPS.findIndex((s) => s.code === byStatus);
    const reported = STEPS.map((s, i) => (firstOf.has(s.code) ? i : -1));
    // An exception only ever follows a hand-over: the carrier has the parcel.
    return Math.max(view.status === 'exception' ? 0 : -1, ...reported);
  })();
  // Under an exception the parcel is still where it got to: that step stays highlighted.
  const current = view.status === 'cancelled' ? -1 : reachedIndex;

  const steps = STEPS.map((step, i) => {
    const event = firstOf.get(step.code);
    const reached = i <= reachedIndex || event !== undefined;
    const state = i === current ? 'current' : reached ? 'reached' : 'pending';
    const detail = event
      ? `<time class="when" datetime="${escapeHtml(event.occurredAt)}">${escapeHtml(formatTime(event.occurredAt))} UTC</time>${
          event.location ? `<span class="where">${escapeHtml(event.location)}</span>` : ''
        }`
      : `<span class="when">${t(reached ? UI.reachedNoTime : UI.notYet)}</span>`;
    return `<li class="${state}" data-step="${step.code}"${state === 'current' ? ' aria-current="step"' : ''}><span class="label">${t(step.label)}${
      state === 'current' ? ` <span class="now">${t(UI.now)}</span>` : ''
    }</span>${detail}</li>`;
  }).join('\n');

  const troubles = view.events.filter((e) => TROUBLE.includes(e.code));
  const troubleCard =
    troubles.length === 0
      ? ''
      : `<section class="card trouble" aria-labelledby="trouble"><h2 id="trouble">${t(UI.trouble)}</h2><ul>${troubles
          .map(
            (e) =>
              `<li data-code="${e.code}"><strong>${escapeHtml(e.description[lang])}</strong><span class="when">${escapeHtml(formatTime(e.occurredAt))} UTC${
                e.location ? ` · ${escapeHtml(e.location)}` : ''
              }</span></li>`,
          )
          .join('')}</ul></section>`;

  const all =
    view.events.length === 0
      ? `<p>${t(UI.noEvents)}</p>`
      : `<details><summary>${t(UI.allEvents)} (${view.events.length})</summary><ul>${[...view.events]
          .reverse()
          .map(
            (e) =>
              `<li>${escapeHtml(formatTime(e.occurredAt))} UTC · ${escapeHtml(e.description[lang])}${e.location ? ` · ${escapeHtml(e.location)}` : ''}</li>`,
          )
          .join('')}</ul></details>`;

  const store =
    lang === 'zh'
      ? [view.destination.storeZh ?? view.destination.store, view.destination.cityZh ?? view.destination.city]
      : [
          [view.destination.store, view.destination.storeZh && `(${view.destination.storeZh})`]
            .filter(Boolean)
            .join(' '),
          view.destination.city,
        ];
  const carrier = view.carrier ? (CARRIERS[view.carrier]?.displayName[lang] ?? view.carrier) : '—';
  const headline = STATUS_TEXT[view.status]?.[lang] ?? view.status;
  const body = `<section class="card" aria-labelledby="headline">
<div class="number">${t(UI.trackingNumber)} ${escapeHtml(view.trackingNumber)}</div>
<p id="headline" class="headline ${escapeHtml(view.status)}" data-status="${escapeHtml(view.status)}">${escapeHtml(headline)}</p>
<dl><dt>${t(UI.from)}</dt><dd>${t(UI.origin)}</dd>
<dt>${t(UI.to)}</dt><dd class="store" lang="zh-CN">${escapeHtml(store.filter(Boolean).join(lang === 'zh' ? ' · ' : ', '))}</dd>
<dt>${t(view.status === 'delivered' ? UI.deliveredOn : UI.estimated)}</dt><dd>${escapeHtml(view.estimatedDelivery)}</dd>
<dt>${t(UI.carrier)}</dt><dd>${escapeHtml(carrier)}</dd></dl></section>
${troubleCard}
<section class="card" aria-labelledby="journey"><h2 id="journey">${t(UI.journey)}</h2>
<ol class="timeline">
${steps}
</ol>${all}<p class="when">${t(UI.times)}</p></section>`;
  return page({
    lang,
    title: `${headline} · ${view.trackingNumber} · ${UI.title[lang]}`,
    body,
    path: `/track/${view.trackingNumber}`,
  });
}

const ERROR_TEXT: Readonly<Record<number, { title: Text; hint: Text }>> = {
  400: {
    title: { en: 'Not a tracking number', zh: '运单号格式不正确' },
    hint: {
      en: 'A tracking number has 8 to 40 capital letters and digits, such as EE123456789RW.',
      zh: '运单号由 8 至 40 位大写字母和数字组成，例如 EE123456789RW。',
    },
  },
  404: {
    title: { en: 'Tracking number not found', zh: '未找到该运单' },
    hint: {
      en: 'Check the number on the shipping label; a new shipment appears once the carrier has booked it.',
      zh: '请核对运单标签上的号码；承运商预订后才能查询新运单。',
    },
  },
  429: {
    title: { en: 'Too many look-ups', zh: '查询过于频繁' },
    hint: { en: 'Please wait a minute and try again.', zh: '请稍候一分钟再试。' },
  },
};

const FALLBACK_ERROR = {
  title: { en: 'Tracking is unavailable', zh: '暂时无法查询' },
  hint: { en: 'Please try again later.', zh: '请稍后再试。' },
};

/** The tracking page's answer when there is nothing to show: bilingual, both languages on the page. */
export function renderTrackingErrorPage(input: {
  status: number;
  lang: PageLanguage;
  trackingNumber: string;
  requestId: string;
}): string {
  const text = ERROR_TEXT[input.status] ?? FALLBACK_ERROR;
  const other: PageLanguage = input.lang === 'zh' ? 'en' : 'zh';
  const shown = input.trackingNumber.slice(0, 80);
  const path = `/track/${encodeURIComponent(shown)}`;
  const body = `<section class="card" aria-labelledby="headline">
<p id="headline" class="headline exception" data-status="${input.status}">${escapeHtml(text.title[input.lang])}</p>
<p>${escapeHtml(text.hint[input.lang])}</p>
<p class="number">${escapeHtml(shown)}</p>
<p lang="${other === 'zh' ? 'zh-CN' : 'en'}">${escapeHtml(text.title[other])}. ${escapeHtml(text.hint[other])}</p>
<p class="when">${input.status} · ${escapeHtml(input.requestId)}</p></section>`;
  return page({ lang: input.lang, title: `${text.title[input.lang]} · ${UI.title[input.lang]}`, body, path });
}
