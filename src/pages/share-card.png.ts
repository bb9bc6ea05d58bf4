/** The share card (og:image of pages without a photo): lib/share-card's SVG made into a PNG by sharp at build time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getCounty } from '../data/content';
import { t } from '../i18n/zh-CN';
import { shareCardSvg } from '../lib/share-card';

export const GET: APIRoute = async () => {
  const county = await getCounty();
  const svg = shareCardSvg(t.siteName, `${county.province}${county.city}${county.name}`);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
