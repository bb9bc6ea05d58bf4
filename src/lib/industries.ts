/** Industries (产业): grouped by category for the index, and looked up for townships and villages. */
import type { Industry, Village } from '../schema/collections';
import { phraseSlug } from '../schema/slug';
import { type Entry, groupedBy, pickByIds } from './entries';
import { pinyinCollator } from './stars';

/** An industry entry with the fields the lists read. */
export type IndustryEntry = Entry<Pick<Industry, 'name' | 'category' | 'townships' | 'villages'>>;

/** One category of the index with its industries. */
export interface IndustryCategory<T> {
  category: string;
  /** ASCII anchor of the category on the index page (`zhongzhi`). */
  id: string;
  industries: T[];
}

/** The ASCII anchor of a category: its pinyin (`种植与加工` → `zhongzhi-yujia-gong`). */
export function categoryId(category: string): string {
  const slug = phraseSlug(category, Number.POSITIVE_INFINITY);
  return `category-${'slug' in slug ? slug.slug : 'other'}`;
}

/** Groups industries by category; categories and names in pinyin order. */
export function industriesByCategory<T extends IndustryEntry>(industries: readonly T[]): IndustryCategory<T>[] {
  const categories = [...new Set(industries.map((industry) => industry.data.category))].sort(pinyinCollator.compare);
  return categories.map((category) => ({
    category,
    id: categoryId(category),
    industries: industries
      .filter((industry) => industry.data.category === category)
      .sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name)),
  }));
}

/** Industries developed in a township (named by the industry or by one of its villages), in pinyin order. */
export function industriesOfTownship<T extends IndustryEntry>(industries: readonly T[], townshipId: string): T[] {
  const byTownship = groupedBy(industries, 'township', ({ data }) => [
    ...data.townships,
    ...data.villages.map((ref) => ref.split('/')[0]),
  ]);
  return byName(byTownship.get(townshipId) ?? []);
}

/** Industries a village takes part in: those it lists and those that list it, in pinyin order. */
export function industriesOfVillage<T extends IndustryEntry>(
  industries: readonly T[],
  village: Entry<Pick<Village, 'industries'>>,
): T[] {
  const listing = groupedBy(industries, 'village', (industry) => industry.data.villages).get(village.id) ?? [];
  return byName([...new Set([...pickByIds(industries, village.data.industries), ...listing])]);
}

/** Industries in pinyin order of their names (a new list). */
function byName<T extends IndustryEntry>(industries: readonly T[]): T[] {
  return [...industries].sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}
