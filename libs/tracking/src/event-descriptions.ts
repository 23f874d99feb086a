import type { CarrierEventCode } from '@corridor/domain';

/**
 * Corridor's own bilingual wording of each event code: the public tracking answer shows this,
 * never the carrier's free text (which may name people or be in neither language).
 */
export const EVENT_DESCRIPTIONS: Readonly<Record<CarrierEventCode, { en: string; zh: string }>> = {
  accepted: { en: 'Accepted by the carrier in Kigali', zh: '承运商已在基加利收件' },
  departed_origin: { en: 'Departed Rwanda', zh: '已离开卢旺达' },
  in_transit: { en: 'In transit', zh: '运输中' },
  arrived_destination: { en: 'Arrived in China', zh: '已抵达中国' },
  customs_hold: { en: 'Held at customs', zh: '海关查验中' },
  customs_cleared: { en: 'Cleared by China customs', zh: '已通过中国海关' },
  out_for_delivery: { en: 'Out for delivery to the store', zh: '正在派送至门店' },
  delivered: { en: 'Delivered to the store', zh: '已送达门店' },
  exception: { en: 'Delivery exception', zh: '运输异常' },
  returned: { en: 'Returned to sender', zh: '已退回发件人' },
};

/** Typical door-to-door days from hand-over, by mode, for the estimated delivery date. */
export const TRANSIT_DAYS: Readonly<Record<string, number>> = { postal: 10, courier: 5, air_cargo: 4 };
