/** RSS feed of the bulletins, newest first, with absolute links under the configured base. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBulletins, getCounty } from '../data/content';
import { t } from '../i18n/zh-CN';
import { href, paths } from '../lib/urls';
import { perCounty } from '../data/batch';

/** One page per county in a batch build (src/data/batch.ts); a county site's page has no parameters. */
export const getStaticPaths = perCounty();

export const GET: APIRoute = async (context) => {
  const county = await getCounty();
  const bulletins = await getBulletins();
  return rss({
    title: `${county.name} · ${t.siteName}`,
    description: t.bulletins.rssDescription(county.name),
    site: new URL(href(paths.home()), context.site),
    customData: '<language>zh-cn</language>',
    items: bulletins.map((bulletin) => ({
      title: bulletin.data.title,
      description: bulletin.data.summary,
      pubDate: bulletin.data.date,
      link: href(paths.bulletin(bulletin.id)),
      categories: [bulletin.data.kind],
    })),
  });
};
