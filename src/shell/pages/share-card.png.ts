/** The share card of a province or city site's own pages: lib/share-card's card with the site's name, as a PNG. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/zh-CN';
import { shareCardPng } from '../../lib/share-card';
import { getSite } from '../data';

export const GET: APIRoute = async () =>
  new Response(await shareCardPng(t.siteName, getSite().name), { headers: { 'Content-Type': 'image/png' } });
