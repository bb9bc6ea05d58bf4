/**
 * The name directory built from the content: every township, every village of the roster and every profiled
 * village, the secretaries and other named people (honor recipients), industries and honors, each with where it
 * leads and the forms people type (forms.ts). Pure: src/data/names.ts hands it the collections.
 */
import { t } from '../../../i18n/zh-CN';
import { paths } from '../../urls';
import { placeForms, readings, unique, villageForms } from './forms';
import type { NameEntry } from './types';

/** A township as the directory sees it. */
export interface DirectoryTownship {
  id: string;
  data: { name: string; secretary?: string | undefined; quote?: { by: string } | undefined };
}
/** A township's roster (content/roster/<township>.yaml). */
export interface DirectoryRoster {
  id: string;
  data: { officialName: string; villages: readonly { officialName: string; name: string; slug: string }[] };
}
/** A profiled village (`wenliu/hujiazhuang`). */
export interface DirectoryVillage {
  id: string;
  data: { name: string; printedName?: string | undefined; township: string; secretary?: string | undefined };
}
/** An industry. */
export interface DirectoryIndustry {
  id: string;
  data: { name: string; townships: readonly string[] };
}
/** An honor and its one recipient. */
export interface DirectoryHonor {
  data: {
    title: string;
    recipient: { village?: string | undefined; township?: string | undefined; person?: string | undefined };
  };
}
/** Everything the directory is made from. */
export interface DirectoryContent {
  townships: readonly DirectoryTownship[];
  roster: readonly DirectoryRoster[];
  villages: readonly DirectoryVillage[];
  industries: readonly DirectoryIndustry[];
  honors: readonly DirectoryHonor[];
}

/** A township's name without the county the official list puts before it (濮阳县文留镇 → 文留镇). */
const withoutCounty = (official: string) => /^.{1,8}?[县市区旗](.{2,})$/u.exec(official)?.[1] ?? official;

/** The pinyin order key of a name (its first reading). */
const orderOf = (name: string) => (readings(name)[0] ?? []).join('') || name;

/** A village found in the roster, a profile or both. */
interface Place {
  name: string;
  township: string;
  url: string;
  names: string[];
  official: string[];
}

/** Builds every entry of the directory. */
export function buildDirectory(content: DirectoryContent): NameEntry[] {
  const townshipName = new Map(content.townships.map((town) => [town.id, town.data.name]));
  for (const roster of content.roster) {
    if (!townshipName.has(roster.id)) townshipName.set(roster.id, withoutCounty(roster.data.officialName));
  }
  const nameOf = (id: string) => townshipName.get(id) ?? id;
  const villages = villagePlaces(content);
  const entries: NameEntry[] = [];
  for (const village of villages.values()) {
    entries.push(
      entry(
        'village',
        village.name,
        nameOf(village.township),
        village.url,
        villageForms(village.names, village.official, nameOf(village.township)),
      ),
    );
  }
  const official = new Map(content.roster.map((roster) => [roster.id, roster.data.officialName]));
  for (const town of content.townships) {
    const url = paths.township(town.id);
    entries.push(
      entry('township', town.data.name, undefined, url, placeForms([town.data.name], [official.get(town.id)])),
    );
    for (const person of unique([town.data.secretary, town.data.quote?.by].filter((p): p is string => !!p))) {
      entries.push(entry('person', person, town.data.name, url, placeForms([person])));
    }
  }
  for (const roster of content.roster) {
    if (content.townships.some((town) => town.id === roster.id)) continue;
    const name = nameOf(roster.id);
    entries.push(
      entry('township', name, undefined, paths.township(roster.id), placeForms([name], [roster.data.officialName])),
    );
  }
  for (const village of content.villages) {
    if (!village.data.secretary) continue;
    const place = t.search.honorPlace(village.data.name, nameOf(village.data.township));
    entries.push(
      entry('person', village.data.secretary, place, paths.village(village.id), placeForms([village.data.secretary])),
    );
  }
  for (const industry of content.industries) {
    const place = industry.data.townships.map(nameOf).join('、');
    entries.push(
      entry('industry', industry.data.name, place, paths.industry(industry.id), placeForms([industry.data.name])),
    );
  }
  entries.push(...honorEntries(content.honors, villages, nameOf));
  // One order whatever order the content came in (the build's collections or the checker's files): the same files.
  const key = (entry: NameEntry) => [entry.kind, entry.order, entry.name, entry.place ?? '', entry.url].join('\0');
  return entries
    .map((entry) => ({ entry, key: key(entry) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entry }) => entry);
}

/** Villages by id (`wenliu/hujiazhuang`): the roster's, merged with the profiles (which add names and pages). */
function villagePlaces(content: DirectoryContent): Map<string, Place> {
  const profiles = new Map(content.villages.map((village) => [village.id, village]));
  const places = new Map<string, Place>();
  for (const roster of content.roster) {
    for (const village of roster.data.villages) {
      const id = `${roster.id}/${village.slug}`;
      const profile = profiles.get(id);
      places.set(id, {
        name: village.name,
        township: roster.id,
        url: paths.rosterVillage(roster.id, village.slug, profile !== undefined),
        names: unique([village.name, profile?.data.name, profile?.data.printedName].filter((n): n is string => !!n)),
        official: [village.officialName],
      });
    }
  }
  for (const village of content.villages) {
    if (places.has(village.id)) continue;
    const names = [village.data.name, village.data.printedName].filter((n): n is string => !!n);
    places.set(village.id, {
      name: village.data.name,
      township: village.data.township,
      url: paths.village(village.id),
      names,
      official: [],
    });
  }
  return places;
}

/** One entry per honor, leading to the recipient's honors; a person's honor leads to the honors roll. */
function honorEntries(
  honors: readonly DirectoryHonor[],
  villages: Map<string, Place>,
  nameOf: (id: string) => string,
): NameEntry[] {
  return honors.flatMap(({ data: { title, recipient } }) => {
    const village = recipient.village ? villages.get(recipient.village) : undefined;
    if (village) {
      const place = t.search.honorPlace(village.name, nameOf(village.township));
      return [entry('honor', title, place, withHash(village.url, 'honors'), placeForms([title]))];
    }
    if (recipient.township) {
      return [
        entry(
          'honor',
          title,
          nameOf(recipient.township),
          `${paths.township(recipient.township)}#honors`,
          placeForms([title]),
        ),
      ];
    }
    if (!recipient.person) return [];
    const roll = `${paths.rankings()}#honors`;
    return [
      entry('honor', title, recipient.person, roll, placeForms([title])),
      entry('person', recipient.person, title, roll, placeForms([recipient.person])),
    ];
  });
}

/** A URL with `#hash`, unless it already leads to an anchor (a roster village's line on its township page). */
const withHash = (url: string, hash: string) => (url.includes('#') ? url : `${url}#${hash}`);

/** One entry. */
function entry(
  kind: NameEntry['kind'],
  name: string,
  place: string | undefined,
  url: string,
  forms: string[],
): NameEntry {
  // Namesakes are ordered by place (张寨村 · 梁庄镇 before 张寨村 · 子岸镇): the place's pinyin follows the name's.
  const order = place ? `${orderOf(name)} ${orderOf(place)}` : orderOf(name);
  return { kind, name, ...(place ? { place } : {}), url, forms, order };
}
