/**
 * The places synthetic incidents cluster around, roughly where such reporting clusters: the
 * sea and air around Taiwan, the East China Sea and Japan's south-western islands, the South
 * China Sea shoals, the Philippines, and the capitals where meetings and statements happen.
 * Points are drawn around `[lon, lat]` with a normal spread of `spread` degrees.
 */
export interface Hotspot {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The place's name, as `place.name` of an incident. */
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  /** Standard deviation of the scatter around the centre, in degrees. */
  readonly spread: number;
  /** Who reports and acts here, and which sentences fit. */
  readonly region: 'taiwan' | 'japan' | 'scs' | 'philippines' | 'korea';
  /** `sea` for waters and airspace, `city` for a capital, `site` for a launch site. */
  readonly kind: 'sea' | 'city' | 'site';
  /** Words placing an event here inside a sentence: "in the Taiwan Strait", "in Manila". */
  readonly area: string;
}

// prettier-ignore
export const HOTSPOTS: readonly Hotspot[] = [
  // Around Taiwan
  { id: 'taiwan-southwest', name: 'Southwest of Taiwan', lon: 119.8, lat: 21.9, spread: 0.45, region: 'taiwan', kind: 'sea', area: "in the southwestern part of Taiwan's air defence identification zone" },
  { id: 'median-line', name: 'Taiwan Strait median line', lon: 120.0, lat: 24.4, spread: 0.3, region: 'taiwan', kind: 'sea', area: 'across the median line of the Taiwan Strait' },
  { id: 'taiwan-east', name: 'East of Taiwan', lon: 122.6, lat: 23.4, spread: 0.45, region: 'taiwan', kind: 'sea', area: "off Taiwan's east coast" },
  { id: 'bashi-channel', name: 'Bashi Channel', lon: 121.1, lat: 21.3, spread: 0.25, region: 'taiwan', kind: 'sea', area: 'through the Bashi Channel' },
  { id: 'taiwan-strait', name: 'Taiwan Strait', lon: 119.6, lat: 23.9, spread: 0.3, region: 'taiwan', kind: 'sea', area: 'through the Taiwan Strait' },
  // East China Sea and Japan
  { id: 'miyako-strait', name: 'Miyako Strait', lon: 126.3, lat: 25.3, spread: 0.3, region: 'japan', kind: 'sea', area: 'between Okinawa and Miyako island' },
  { id: 'senkaku', name: 'Senkaku Islands', lon: 123.5, lat: 25.75, spread: 0.2, region: 'japan', kind: 'sea', area: 'near the Senkaku Islands' },
  { id: 'east-china-sea', name: 'East China Sea', lon: 125.0, lat: 29.0, spread: 0.9, region: 'japan', kind: 'sea', area: 'over the East China Sea' },
  { id: 'yonaguni', name: 'Yonaguni', lon: 123.0, lat: 24.45, spread: 0.15, region: 'japan', kind: 'sea', area: 'near Yonaguni island' },
  { id: 'tsushima-strait', name: 'Tsushima Strait', lon: 129.4, lat: 34.2, spread: 0.25, region: 'japan', kind: 'sea', area: 'through the Tsushima Strait' },
  // South China Sea and the Philippines
  { id: 'scarborough-shoal', name: 'Scarborough Shoal', lon: 117.76, lat: 15.15, spread: 0.2, region: 'philippines', kind: 'sea', area: 'near Scarborough Shoal' },
  { id: 'second-thomas-shoal', name: 'Second Thomas Shoal', lon: 115.86, lat: 9.73, spread: 0.15, region: 'philippines', kind: 'sea', area: 'near Second Thomas Shoal' },
  { id: 'paracel-islands', name: 'Paracel Islands', lon: 112.0, lat: 16.5, spread: 0.45, region: 'scs', kind: 'sea', area: 'around the Paracel Islands' },
  { id: 'spratly-islands', name: 'Spratly Islands', lon: 114.5, lat: 10.0, spread: 0.8, region: 'scs', kind: 'sea', area: 'in the Spratly Islands' },
  { id: 'northern-luzon', name: 'Northern Luzon', lon: 121.3, lat: 18.6, spread: 0.4, region: 'philippines', kind: 'sea', area: 'off northern Luzon' },
  { id: 'palawan', name: 'Palawan', lon: 118.3, lat: 9.6, spread: 0.45, region: 'philippines', kind: 'sea', area: 'off Palawan' },
  { id: 'yellow-sea', name: 'Yellow Sea', lon: 123.5, lat: 36.0, spread: 0.7, region: 'korea', kind: 'sea', area: 'in the Yellow Sea' },
  // Capitals
  { id: 'taipei', name: 'Taipei', lon: 121.56, lat: 25.04, spread: 0.04, region: 'taiwan', kind: 'city', area: 'in Taipei' },
  { id: 'tokyo', name: 'Tokyo', lon: 139.69, lat: 35.69, spread: 0.04, region: 'japan', kind: 'city', area: 'in Tokyo' },
  { id: 'manila', name: 'Manila', lon: 120.98, lat: 14.6, spread: 0.04, region: 'philippines', kind: 'city', area: 'in Manila' },
  { id: 'beijing', name: 'Beijing', lon: 116.4, lat: 39.9, spread: 0.05, region: 'scs', kind: 'city', area: 'in Beijing' },
  { id: 'seoul', name: 'Seoul', lon: 126.98, lat: 37.57, spread: 0.04, region: 'korea', kind: 'city', area: 'in Seoul' },
  { id: 'hanoi', name: 'Hanoi', lon: 105.85, lat: 21.03, spread: 0.04, region: 'scs', kind: 'city', area: 'in Hanoi' },
  { id: 'naha', name: 'Naha, Okinawa', lon: 127.68, lat: 26.21, spread: 0.05, region: 'japan', kind: 'city', area: 'in Naha' },
  // Launch sites
  { id: 'wenchang', name: 'Wenchang launch site', lon: 110.95, lat: 19.61, spread: 0.05, region: 'scs', kind: 'site', area: 'from the Wenchang launch site on Hainan' },
  { id: 'taiyuan', name: 'Taiyuan launch centre', lon: 111.61, lat: 38.85, spread: 0.05, region: 'scs', kind: 'site', area: 'from the Taiyuan launch centre' },
  { id: 'sohae', name: 'Sohae launch site', lon: 124.7, lat: 39.66, spread: 0.05, region: 'korea', kind: 'site', area: 'from the Sohae launch site' },
  { id: 'tanegashima', name: 'Tanegashima Space Center', lon: 130.97, lat: 30.4, spread: 0.05, region: 'japan', kind: 'site', area: 'from the Tanegashima Space Center' },
];

/** The region synthetic points stay in: longitude 105–145°E, latitude 0–45°N. */
export const SYNTHETIC_BOUNDS = { west: 105, east: 145, south: 0, north: 45 } as const;
