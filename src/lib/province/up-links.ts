/**
 * The way up from a county's pages on a province or city site (README › Province): the site's home, and on a
 * province site the county's city page. The shard build (scripts/build/province/shard.ts) passes the site in the
 * environment variable AREA_ENV as JSON; a county site has none and no way up. Pure.
 */
import { z } from 'astro/zod';
import { joinBase, paths } from '../urls';

/** The environment variable holding the site a county is built for (JSON of an AreaSetting). */
export const AREA_ENV = 'CHUANGXING_AREA';

/** What a county's build knows of its province or city site. */
export const areaSetting = z.strictObject({
  level: z.enum(['province', 'city']),
  name: z.string().min(1),
  /** The site's base path, `/` or `/zhuanti/wuxing/` (a county is served below it). */
  base: z.string().startsWith('/'),
  /** The 4-digit codes of the cities with a page on the site (`/cities/<code>/`). */
  cities: z.array(z.string().regex(/^\d{4}$/u)),
});
export type AreaSetting = z.infer<typeof areaSetting>;

/** One link of the way up. */
export interface UpLink {
  label: string;
  url: string;
}

/**
 * The links above a county: the site's home, then (province site) the city page of the county's 6-digit code when
 * the site has that city. A county without a code on a province site gets the home only.
 */
export function upLinks(area: AreaSetting, county: { city: string; code?: string | undefined }): UpLink[] {
  const links: UpLink[] = [{ label: area.name, url: joinBase(area.base, paths.home()) }];
  const city = county.code?.slice(0, 4);
  if (area.level === 'province' && city && area.cities.includes(city))
    links.push({ label: county.city, url: joinBase(area.base, paths.city(city)) });
  return links;
}

/**
 * The setting from the environment's JSON; undefined when unset (a county site). A value that is not a setting is
 * the build script's mistake, never an editor's: it throws, and the build stops.
 */
export function parseAreaSetting(json: string | undefined): AreaSetting | undefined {
  if (!json) return undefined;
  return areaSetting.parse(JSON.parse(json));
}
