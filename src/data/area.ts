/**
 * The way up from this county's pages when it is built as a shard of a province or city site (src/lib/province/
 * up-links.ts); empty on a county site.
 */
import { AREA_ENV, parseAreaSetting, type UpLink, upLinks } from '../lib/province/up-links';
import { getCounty, once } from './content';

/** The links above this county's pages, from the site down to its city, and the county's name; none on a county site. */
export function getWayUp(): Promise<{ links: UpLink[]; county: string } | undefined> {
  // Worked out once per build (every page's header and breadcrumbs ask for it).
  return once('way up', async () => {
    const area = parseAreaSetting(process.env[AREA_ENV]);
    if (!area) return undefined;
    const county = await getCounty();
    return { links: upLinks(area, county), county: county.name };
  });
}
