import type { CarrierCode, CarrierEventCode } from '@corridor/domain';
import type { Destination } from './booking';
import { CARRIER_PROFILES } from './carriers';
import type { JourneyFaults } from './faults';

/** The milestones every sandbox journey walks through, in order. */
export const JOURNEY_CODES = [
  'accepted',
  'departed_origin',
  'in_transit',
  'arrived_destination',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
] as const satisfies readonly CarrierEventCode[];

export interface Milestone {
  code: CarrierEventCode;
  location: string;
  description: string;
  /** Step pauses before this milestone happens, when not the usual one. */
  pauseSteps?: number;
}

/** The description of the exception that ends a lost parcel's journey. */
export const PARCEL_LOST = 'parcel lost';

const ORIGIN_AIRPORT = 'Kigali International Airport (KGL)';

/** Airports that serve the cities Freshippo stores are in; others get a generic name. */
const AIRPORT_NAMES: Readonly<Record<string, string>> = {
  PVG: 'Shanghai Pudong International Airport (PVG)',
  SHA: 'Shanghai Hongqiao International Airport (SHA)',
  PEK: 'Beijing Capital International Airport (PEK)',
  PKX: 'Beijing Daxing International Airport (PKX)',
  CAN: 'Guangzhou Baiyun International Airport (CAN)',
  SZX: "Shenzhen Bao'an International Airport (SZX)",
  HGH: 'Hangzhou Xiaoshan International Airport (HGH)',
  TFU: 'Chengdu Tianfu International Airport (TFU)',
  CTU: 'Chengdu Shuangliu International Airport (CTU)',
  CKG: 'Chongqing Jiangbei International Airport (CKG)',
  NKG: 'Nanjing Lukou International Airport (NKG)',
  WUH: 'Wuhan Tianhe International Airport (WUH)',
  XIY: "Xi'an Xianyang International Airport (XIY)",
  TSN: 'Tianjin Binhai International Airport (TSN)',
  NGB: 'Ningbo Lishe International Airport (NGB)',
  XMN: 'Xiamen Gaoqi International Airport (XMN)',
  FOC: 'Fuzhou Changle International Airport (FOC)',
  CSX: 'Changsha Huanghua International Airport (CSX)',
  KMG: 'Kunming Changshui International Airport (KMG)',
  TAO: 'Qingdao Jiaodong International Airport (TAO)',
  SHE: 'Shenyang Taoxian International Airport (SHE)',
  DLC: 'Dalian Zhoushuizi International Airport (DLC)',
  HRB: 'Harbin Taiping International Airport (HRB)',
  HAK: 'Haikou Meilan International Airport (HAK)',
};

function destinationAirport(destination: Destination): string {
  if (!destination.airport) return `${destination.city} international airport`;
  return AIRPORT_NAMES[destination.airport] ?? `${destination.city} airport (${destination.airport})`;
}

function customsName(country: string): string {
  return country === 'CN' ? 'China Customs (GACC)' : 'customs';
}

/**
 * The step-by-step story of one parcel, with English texts a store clerk would understand.
 * Journey faults bend it: a customs hold is inserted before clearance, a lost parcel ends in
 * an exception.
 */
export function journeyPlan(params: {
  carrier: CarrierCode;
  destination: Destination;
  faults?: Pick<JourneyFaults, 'customsHold' | 'customsHoldSteps' | 'lostParcel' | 'lostAfter'> | null;
}): Milestone[] {
  const profile = CARRIER_PROFILES[params.carrier];
  const { destination } = params;
  const place = `${destination.city}, ${destination.country}`;
  const recipient = destination.storeCode ? `store ${destination.storeCode}` : 'the consignee';
  const byCode: Record<(typeof JOURNEY_CODES)[number], Omit<Milestone, 'code'>> = {
    accepted: { location: profile.acceptanceLocation, description: `Shipment accepted by ${profile.name}` },
    departed_origin: { location: ORIGIN_AIRPORT, description: 'Departed the origin airport' },
    in_transit: { location: profile.transitHub, description: 'In transit at the connecting hub' },
    arrived_destination: {
      location: destinationAirport(destination),
      description: 'Arrived at the destination airport',
    },
    customs_cleared: { location: place, description: `Cleared by ${customsName(destination.country)}` },
    out_for_delivery: { location: place, description: `Out for delivery to ${recipient}` },
    delivered: { location: place, description: `Delivered to ${recipient}` },
  };
  const plan: Milestone[] = [];
  for (const code of JOURNEY_CODES) {
    const milestone: Milestone = { code, ...byCode[code] };
    if (code === 'customs_cleared' && params.faults?.customsHold) {
      plan.push({
        code: 'customs_hold',
        location: place,
        description: `Held by ${customsName(destination.country)} for inspection`,
      });
      milestone.pauseSteps = params.faults.customsHoldSteps;
    }
    plan.push(milestone);
    if (params.faults?.lostParcel && code === params.faults.lostAfter) {
      plan.push({ code: 'exception', location: milestone.location, description: PARCEL_LOST });
      break;
    }
  }
  return plan;
}

/** Event ids are stable per booking and step, so a resent event is recognisably the same. */
export function journeyEventId(bookingId: string, step: number): string {
  return `${bookingId}-${step + 1}`;
}

/** Capped exponential backoff between delivery attempts: 200 ms doubling up to 5 s. */
export function retryDelayMs(failedAttempts: number, opts: { baseMs?: number; capMs?: number } = {}): number {
  const base = opts.baseMs ?? 200;
  const cap = opts.capMs ?? 5000;
  return Math.min(cap, base * 2 ** Math.max(0, Math.min(failedAttempts - 1, 30)));
}
