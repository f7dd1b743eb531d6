import type { IncidentCategory } from '../model/vocabulary';

/**
 * How often each category comes up in synthetic data and where: a share of all incidents, and
 * relative weights over hotspot ids (src/lib/gen/hotspots.ts). Air activity and naval transits
 * dominate, as in daily defence-ministry reporting; meetings, statements and sanctions happen
 * in capitals; launches at launch sites.
 */
// prettier-ignore
export const CATEGORY_MIX: Readonly<
  Record<IncidentCategory, { readonly share: number; readonly places: Readonly<Record<string, number>> }>
> = {
  'air-activity': {
    share: 38,
    places: { 'taiwan-southwest': 40, 'median-line': 20, 'taiwan-east': 10, 'bashi-channel': 8, 'miyako-strait': 8, 'east-china-sea': 6, yonaguni: 4, senkaku: 4 },
  },
  'naval-transit': {
    share: 16,
    places: { 'taiwan-strait': 40, 'bashi-channel': 10, 'miyako-strait': 15, 'tsushima-strait': 8, 'spratly-islands': 10, 'paracel-islands': 7, 'scarborough-shoal': 5, senkaku: 5 },
  },
  exercise: {
    share: 9,
    places: { 'taiwan-east': 15, 'taiwan-southwest': 10, 'median-line': 10, 'east-china-sea': 10, 'northern-luzon': 15, palawan: 10, 'spratly-islands': 8, 'paracel-islands': 7, 'yellow-sea': 8, 'miyako-strait': 7 },
  },
  meeting: { share: 7, places: { taipei: 25, tokyo: 25, manila: 20, beijing: 15, seoul: 8, hanoi: 7 } },
  launch: { share: 3, places: { wenchang: 30, sohae: 30, taiyuan: 20, tanegashima: 20 } },
  sanction: { share: 3, places: { beijing: 70, taipei: 30 } },
  statement: { share: 12, places: { beijing: 30, taipei: 30, tokyo: 15, manila: 15, seoul: 5, hanoi: 5 } },
  'arms-and-aid': { share: 4, places: { taipei: 60, manila: 25, hanoi: 15 } },
  intelligence: { share: 5, places: { yonaguni: 25, 'east-china-sea': 25, naha: 25, taipei: 25 } },
  conflict: { share: 3, places: { 'second-thomas-shoal': 45, 'scarborough-shoal': 35, senkaku: 10, 'paracel-islands': 10 } },
};
