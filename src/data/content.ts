/** Thin wrappers over getCollection(): each returns entries sorted the way pages list them. */
import { getCollection, getEntry } from 'astro:content';
import { pinyinCollator } from '../lib/stars';

/** The county (content/county.yaml). */
export async function getCounty() {
  const county = await getEntry('county', 'county');
  if (!county) throw new Error('content/county.yaml 缺失 (missing)');
  return county.data;
}

/** All townships, in pinyin order. */
export async function getTownships() {
  return (await getCollection('townships')).sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}

/** All villages, in pinyin order; pass a township slug to get only its villages. */
export async function getVillages(township?: string) {
  const villages = await getCollection('villages', (entry) => !township || entry.data.township === township);
  return villages.sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}

/** All bulletins, newest first; pass a township slug to get only those that concern it. */
export async function getBulletins(township?: string) {
  const bulletins = await getCollection('bulletins', (entry) => !township || entry.data.townships.includes(township));
  return bulletins.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** All industries, in pinyin order. */
export async function getIndustries() {
  return (await getCollection('industries')).sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}

/** All honors. */
export async function getHonors() {
  return getCollection('honors');
}

/** All metrics files; pass a township slug to get only its years, oldest first. */
export async function getMetrics(township?: string) {
  const metrics = await getCollection('metrics', (entry) => !township || entry.data.township === township);
  return metrics.sort((a, b) => a.data.year - b.data.year);
}

/** The five star pages, in their official order. */
export async function getStarPages() {
  return (await getCollection('stars')).sort((a, b) => a.data.order - b.data.order);
}
