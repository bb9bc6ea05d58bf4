/**
 * The way up from this county's pages when it is built as a shard of a province or city site (src/lib/province/
 * up-links.ts); empty on a county site.
 */
import { AREA_ENV, parseAreaSetting, type UpLink, upLinks } from '../lib/province/up-links';
import { getCounty } from './content';

/** The way up, worked out once per build (every page's header and breadcrumbs ask for it). */
let wayUp: Promise<{ links: UpLink[]; county: string } | undefined> | undefined;

/** The links above this county's pages, from the site down to its city, and the county's name; none on a county site. */
export function getWayUp(): Promise<{ links: UpLink[]; county: string } | undefined> {
  wayUp ??= (async () => {
    const area = parseAreaSetting(process.env[AREA_ENV]);
    if (!area) return undefined;
    const county = await getCounty();
    return { links: upLinks(area, county), county: county.name };
  })();
  return wayUp;
}
