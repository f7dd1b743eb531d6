import type { Count } from '../model/schema';
import type { IncidentCategory } from '../model/vocabulary';
import type { Hotspot } from './hotspots';

/** One invented sentence of a synthetic dispatch and what an incident takes from it. */
export interface SyntheticReport {
  /** The sentence as it stands in the dispatch; an incident quotes it whole. */
  readonly sentence: string;
  readonly title: string;
  readonly actors: readonly string[];
  /** Figures the sentence states; each `basis` occurs in it and says `value`. */
  readonly counts: readonly Count[];
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/**
 * Write the sentence a synthetic daily dispatch reports an incident with, in the style of
 * defence-ministry and wire reporting ("Taiwan's defence ministry said it had detected 13
 * Chinese military aircraft and three warships … on Saturday."), for a category at a hotspot,
 * with `dateBasis` ("on Saturday") saying when. Figures are written as news copy writes them:
 * words below ten, digits above, thousands with commas. `random` gives uniform numbers in
 * [0, 1); the same numbers give the same sentence.
 *
 * @example
 * syntheticReport('naval-transit', HOTSPOTS[4]!, 'on Saturday', seededRandom(1)).sentence
 * // → e.g. 'Two US warships sailed through the Taiwan Strait on Saturday, the navy said.'
 */
export function syntheticReport(
  category: IncidentCategory,
  hotspot: Hotspot,
  dateBasis: string,
  random: () => number,
): SyntheticReport {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const oneOf = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { area, region } = hotspot;
  const when = dateBasis;

  switch (category) {
    case 'air-activity': {
      const japan = region === 'japan';
      const reporter = japan ? "Japan's Joint Staff" : "Taiwan's defence ministry";
      const actors = ['PLA', japan ? 'Japan Joint Staff' : 'Taiwan MND'];
      // Mostly a few to thirty aircraft, now and then a surge of up to seventy.
      const aircraft = int(2, 30) + (random() < 0.1 ? int(0, 40) : 0);
      const ships = random() < 0.55 ? int(1, 12) : 0;
      const a = figure(aircraft);
      if (random() < 0.25) {
        return {
          sentence: `${reporter} said at least ${a} Chinese aircraft, including fighter jets and drones, flew ${area} ${when}.`,
          title: `At least ${aircraft} Chinese military aircraft: ${hotspot.name}`,
          actors,
          counts: [
            count(
              'aircraft',
              aircraft,
              a,
              'Chinese aircraft, including fighter jets and drones',
              'at least',
            ),
          ],
        };
      }
      const s = figure(ships);
      return {
        sentence:
          ships > 0
            ? `${reporter} said it had detected ${a} Chinese military aircraft and ${s} warship${plural(ships)} ${area} ${when}.`
            : `${reporter} said it had detected ${a} Chinese military aircraft ${area} ${when}.`,
        title:
          ships > 0
            ? `${aircraft} Chinese military aircraft and ${ships} warship${plural(ships)}: ${hotspot.name}`
            : `${aircraft} Chinese military aircraft: ${hotspot.name}`,
        actors,
        counts: [
          count('aircraft', aircraft, a, 'Chinese military aircraft'),
          ...(ships > 0 ? [count('ships', ships, s, 'Chinese warships')] : []),
        ],
      };
    }
    case 'naval-transit': {
      const navy = oneOf(NAVIES);
      const ships = oneOf([1, 1, 1, 1, 2, 2, 2, 3]);
      const chinese = navy.adjective === 'Chinese';
      const reporter = !chinese
        ? 'the navy'
        : region === 'japan'
          ? "Japan's Joint Staff"
          : region === 'taiwan'
            ? "Taiwan's defence ministry"
            : 'the Philippine coast guard';
      const n = capitalise(figure(ships));
      return {
        sentence: `${n} ${navy.adjective} warship${plural(ships)} sailed ${area} ${when}, ${reporter} said.`,
        title: `${navy.adjective} warship${ships === 1 ? ' sails' : 's sail'} ${area}`,
        actors: [navy.actor],
        counts: [count('ships', ships, n, `${navy.adjective} warships`)],
      };
    }
    case 'exercise': {
      const forces = EXERCISE_FORCES[region];
      const aircraft = int(8, 60);
      const ships = int(3, 20);
      const a = figure(aircraft);
      const s = figure(ships);
      const reporter = forces.china ? 'state media' : 'officials';
      const base = {
        title: `${forces.short} drills ${area}`,
        actors: forces.actors,
      };
      if (!forces.china && random() < 0.5) {
        const troops = int(5, 180) * 100;
        const t = thousands(troops);
        return {
          ...base,
          sentence: `${forces.who} began drills ${area} ${when} with about ${t} troops, ${a} aircraft and ${s} ships, ${reporter} said.`,
          counts: [
            count('troops', troops, t, 'troops taking part', 'about'),
            count('aircraft', aircraft, a, 'aircraft taking part'),
            count('ships', ships, s, 'ships taking part'),
          ],
        };
      }
      return {
        ...base,
        sentence: `${forces.who} began drills ${area} ${when} involving ${a} aircraft and ${s} ships, ${reporter} said.`,
        counts: [
          count('aircraft', aircraft, a, 'aircraft taking part'),
          count('ships', ships, s, 'ships taking part'),
        ],
      };
    }
    case 'meeting': {
      const meeting = oneOf(MEETINGS[hotspot.id] ?? MEETINGS.taipei!);
      const topic = oneOf(MEETING_TOPICS);
      return {
        sentence: `${capitalise(meeting.who)} met ${area} ${when} to discuss ${topic}.`,
        title: `${capitalise(meeting.who)} meet ${area}`,
        actors: meeting.actors,
        counts: [],
      };
    }
    case 'launch': {
      const launch = LAUNCHES[hotspot.id] ?? LAUNCHES.wenchang!;
      return {
        sentence: `${launch.who} launched ${launch.what} ${area} ${when}, ${launch.reporter} said.`,
        title: `${launch.who}: rocket launch ${area}`,
        actors: launch.actors,
        counts: [],
      };
    }
    case 'sanction': {
      const companies = figure(int(2, 9));
      return hotspot.id === 'taipei'
        ? {
            sentence: `Taiwan's economy ministry said ${when} it would bar ${companies} Chinese companies from buying its chip-making equipment.`,
            title: 'Taiwan restricts chip-equipment sales to Chinese companies',
            actors: ['Taiwan economy ministry'],
            counts: [],
          }
        : {
            sentence: `China's commerce ministry said ${when} it would add ${companies} US defence companies to its unreliable entity list over arms sales to Taiwan.`,
            title: 'China sanctions US defence companies over arms sales to Taiwan',
            actors: ['China commerce ministry'],
            counts: [],
          };
    }
    case 'statement': {
      const speaker = oneOf(SPEAKERS[hotspot.id] ?? SPEAKERS.beijing!);
      const claim = oneOf(CLAIMS);
      return {
        sentence: `${capitalise(speaker.who)} said ${when} that ${claim}.`,
        title: `Statement from ${speaker.who}`,
        actors: [speaker.actor],
        counts: [],
      };
    }
    case 'arms-and-aid': {
      if (hotspot.id === 'taipei') {
        if (random() < 0.5) {
          return {
            sentence: `The US State Department approved a possible sale of Harpoon coastal defence missiles to Taiwan ${when}, Taiwan's defence ministry said.`,
            title: 'US approves Harpoon missile sale to Taiwan',
            actors: ['US State Department', 'Taiwan'],
            counts: [],
          };
        }
        const jets = int(4, 66);
        const j = figure(jets);
        return {
          sentence: `The US State Department approved the possible sale of ${j} F-16 fighter jets to Taiwan ${when}, Taiwan's defence ministry said.`,
          title: `US approves sale of ${jets} F-16 fighter jets to Taiwan`,
          actors: ['US State Department', 'Taiwan'],
          counts: [count('aircraft', jets, j, 'F-16 fighter jets offered for sale')],
        };
      }
      const vessels = int(2, 12);
      const v = figure(vessels);
      const to = hotspot.id === 'hanoi' ? "Vietnam's coast guard" : 'the Philippines';
      return {
        sentence: `Japan agreed ${when} to provide ${v} coast guard patrol vessels to ${to}.`,
        title: `Japan to provide ${vessels} patrol vessels to ${to}`,
        actors: ['Japan', hotspot.id === 'hanoi' ? 'Vietnam' : 'Philippines'],
        counts: [count('ships', vessels, v, 'coast guard patrol vessels to be provided')],
      };
    }
    case 'intelligence': {
      if (hotspot.kind === 'sea') {
        const drones = int(1, 4);
        const d = figure(drones);
        return {
          sentence: `Japan's defence ministry said it had tracked ${d} Chinese drone${plural(drones)} ${area} ${when}.`,
          title: `Chinese drone${plural(drones)} tracked ${area}`,
          actors: ['Japan defence ministry', 'PLA'],
          counts: [count('aircraft', drones, d, 'Chinese drones')],
        };
      }
      return hotspot.id === 'taipei'
        ? {
            sentence: `Taiwan's prosecutors said ${when} they had charged ${figure(int(2, 9))} people with spying for China.`,
            title: 'Taiwan charges suspected spies for China',
            actors: ['Taiwan prosecutors'],
            counts: [],
          }
        : {
            sentence: `Japan's defence ministry said ${when} it had spotted a Chinese surveillance ship near Okinawa.`,
            title: 'Chinese surveillance ship near Okinawa',
            actors: ['Japan defence ministry', 'PLA Navy'],
            counts: [],
          };
    }
    case 'conflict': {
      const ships = int(2, 8);
      const s = capitalise(figure(ships));
      if (hotspot.id === 'senkaku') {
        return {
          sentence: `${s} Chinese coast guard ships entered Japanese territorial waters ${area} ${when}, Japan's coast guard said.`,
          title: 'Chinese coast guard ships enter waters near the Senkaku Islands',
          actors: ['China Coast Guard', 'Japan Coast Guard'],
          counts: [count('ships', ships, s, 'Chinese coast guard ships')],
        };
      }
      if (hotspot.id === 'paracel-islands') {
        return {
          sentence: `Vietnam said ${when} that Chinese ships had attacked a Vietnamese fishing boat ${area}.`,
          title: 'Vietnamese fishing boat attacked near the Paracel Islands',
          actors: ['Vietnam', 'China'],
          counts: [],
        };
      }
      return random() < 0.6
        ? {
            sentence: `${s} Chinese coast guard ships fired water cannon at a Philippine supply boat ${area} ${when}, the Philippine coast guard said.`,
            title: `Water cannon fired at a Philippine supply boat: ${hotspot.name}`,
            actors: ['China Coast Guard', 'Philippine Coast Guard'],
            counts: [count('ships', ships, s, 'Chinese coast guard ships')],
          }
        : {
            sentence: `A Chinese coast guard ship collided with a Philippine vessel ${area} ${when}, Manila said.`,
            title: `Collision with a Philippine vessel: ${hotspot.name}`,
            actors: ['China Coast Guard', 'Philippines'],
            counts: [],
          };
    }
  }
}

function count(
  unit: Count['unit'],
  value: number,
  basis: string,
  what: string,
  qualifier?: Count['qualifier'],
): Count {
  return { unit, value, ...(qualifier ? { qualifier } : {}), basis, quote: 0, what };
}

/** A figure as news copy writes it: "three", "13". */
function figure(n: number): string {
  return n < 10 ? NUMBER_WORDS[n]! : String(n);
}

/** "18,000". */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NAVIES = [
  { adjective: 'US', actor: 'US Navy' },
  { adjective: 'US', actor: 'US Navy' },
  { adjective: 'US', actor: 'US Navy' },
  { adjective: 'Chinese', actor: 'PLA Navy' },
  { adjective: 'Chinese', actor: 'PLA Navy' },
  { adjective: 'Japanese', actor: 'Japan Maritime Self-Defense Force' },
  { adjective: 'Canadian', actor: 'Royal Canadian Navy' },
  { adjective: 'British', actor: 'Royal Navy' },
  { adjective: 'Australian', actor: 'Royal Australian Navy' },
  { adjective: 'French', actor: 'French Navy' },
] as const;

const EXERCISE_FORCES: Readonly<
  Record<
    Hotspot['region'],
    { who: string; short: string; actors: readonly string[]; china: boolean }
  >
> = {
  taiwan: {
    who: "China's Eastern Theater Command",
    short: 'PLA',
    actors: ['PLA Eastern Theater Command'],
    china: true,
  },
  scs: {
    who: "China's Southern Theater Command",
    short: 'PLA',
    actors: ['PLA Southern Theater Command'],
    china: true,
  },
  japan: {
    who: 'US and Japanese forces',
    short: 'US–Japanese',
    actors: ['US military', 'Japan Self-Defense Forces'],
    china: false,
  },
  philippines: {
    who: 'US and Philippine forces',
    short: 'US–Philippine',
    actors: ['US military', 'Armed Forces of the Philippines'],
    china: false,
  },
  korea: {
    who: 'US and South Korean forces',
    short: 'US–South Korean',
    actors: ['US military', 'South Korean military'],
    china: false,
  },
};

const MEETINGS: Readonly<Record<string, readonly { who: string; actors: readonly string[] }[]>> = {
  taipei: [{ who: 'US and Taiwanese officials', actors: ['US officials', 'Taiwan officials'] }],
  tokyo: [
    { who: 'Japanese and Philippine defence ministers', actors: ['Japan', 'Philippines'] },
    { who: 'Japanese and US defence ministers', actors: ['Japan', 'United States'] },
  ],
  manila: [{ who: 'Philippine and US defence chiefs', actors: ['Philippines', 'United States'] }],
  beijing: [{ who: 'Chinese and Russian defence officials', actors: ['China', 'Russia'] }],
  seoul: [{ who: 'South Korean and Japanese officials', actors: ['South Korea', 'Japan'] }],
  hanoi: [{ who: 'Vietnamese and Chinese officials', actors: ['Vietnam', 'China'] }],
};

const MEETING_TOPICS = [
  'security in the Taiwan Strait',
  'maritime cooperation',
  'coast guard cooperation',
  'regional security',
  'joint patrols in the South China Sea',
];

const LAUNCHES: Readonly<
  Record<string, { who: string; what: string; reporter: string; actors: readonly string[] }>
> = {
  wenchang: {
    who: 'China',
    what: 'a Long March rocket',
    reporter: 'state media',
    actors: ['China'],
  },
  taiyuan: {
    who: 'China',
    what: 'a Long March rocket',
    reporter: 'state media',
    actors: ['China'],
  },
  sohae: {
    who: 'North Korea',
    what: 'a satellite rocket',
    reporter: "Japan's defence ministry",
    actors: ['North Korea'],
  },
  tanegashima: { who: 'Japan', what: 'an H-IIA rocket', reporter: 'JAXA', actors: ['JAXA'] },
};

const SPEAKERS: Readonly<Record<string, readonly { who: string; actor: string }[]>> = {
  beijing: [
    { who: "China's foreign ministry", actor: 'China foreign ministry' },
    { who: "China's defence ministry", actor: 'China defence ministry' },
    { who: "China's Taiwan Affairs Office", actor: 'Taiwan Affairs Office' },
  ],
  taipei: [
    { who: "Taiwan's presidential office", actor: 'Taiwan presidential office' },
    { who: "Taiwan's Mainland Affairs Council", actor: 'Mainland Affairs Council' },
  ],
  tokyo: [{ who: "Japan's chief cabinet secretary", actor: 'Japan government' }],
  manila: [{ who: 'the Philippine foreign ministry', actor: 'Philippine foreign ministry' }],
  seoul: [{ who: "South Korea's foreign ministry", actor: 'South Korea foreign ministry' }],
  hanoi: [{ who: "Vietnam's foreign ministry", actor: 'Vietnam foreign ministry' }],
};

const CLAIMS = [
  'it firmly opposed foreign military activity near its waters',
  'it would keep monitoring the situation closely',
  'peace and stability across the Taiwan Strait were essential',
  'it had lodged a protest over the incident',
  'it would take the measures needed to defend its sovereignty',
  'it hoped for dialogue to ease tensions in the region',
];
