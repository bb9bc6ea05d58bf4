/** Industries (产业): grouped by category for the index, and looked up for townships and villages. */
import type { Industry, Village } from '../schema/collections';
import { phraseSlug } from '../schema/slug';
import type { Entry } from './entries';
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
  return industries
    .filter(
      ({ data }) =>
        data.townships.includes(townshipId) || data.villages.some((ref) => ref.startsWith(`${townshipId}/`)),
    )
    .sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}

/** Industries a village takes part in: those it lists and those that list it, in pinyin order. */
export function industriesOfVillage<T extends IndustryEntry>(
  industries: readonly T[],
  village: Entry<Pick<Village, 'industries'>>,
): T[] {
  return industries
    .filter((industry) => village.data.industries.includes(industry.id) || industry.data.villages.includes(village.id))
    .sort((a, b) => pinyinCollator.compare(a.data.name, b.data.name));
}
