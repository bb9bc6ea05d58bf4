/** The share card (og:image of pages without a photo): lib/share-card's SVG made into a PNG by sharp at build time. */
import type { APIRoute } from 'astro';
import { getCounty } from '../data/content';
import { t } from '../i18n/zh-CN';
import { shareCardPng } from '../lib/share-card';
import { perCounty } from '../data/batch';

/** One page per county in a batch build (src/data/batch.ts); a county site's page has no parameters. */
export const getStaticPaths = perCounty();

export const GET: APIRoute = async () => {
  const county = await getCounty();
  const png = await shareCardPng(t.siteName, `${county.province}${county.city}${county.name}`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
