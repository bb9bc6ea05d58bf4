/**
 * How a search entry is written into the Pagefind index: its filters (类型 / 乡镇 / 星级 / 年度) and metadata
 * (title, kind, place, terms). Pages write them as data-pagefind-* attributes (SearchMeta.astro); honors, which
 * have no page, are added as Pagefind custom records that link to the recipient's page.
 */
import type { CustomRecord } from 'pagefind';
import { t } from '../../i18n/zh-CN';
import { type HonorLike, sortHonors } from '../honors';
import { SEARCH_KINDS, type SearchEntry } from './entries';
import { SEARCH_META } from './ranking';
import { joinBase, paths } from '../urls';

/** The language of the index: pages are `<html lang="zh-CN">`, which Pagefind files under `zh-cn`. */
export const SEARCH_LANGUAGE = 'zh-cn';

/**
 * Word positions per chunk of the Pagefind index (Pagefind's default is 20,000). A query fetches the chunk of each
 * of its words, and Chinese queries are cut into two or three words (矛盾 | 纠纷 | 调解), so the chunk's size is most
 * of what a first full-text query costs beyond Pagefind's fixed engine. At 5,000 a chunk is about 6 KB gzip
 * instead of 20 KB, and the index's list of chunks (its `.pf_meta`) grows by about 3 KB. With the ranges widened so
 * that no result is lost (index-chunks.ts), on 濮阳县 (1,032 villages) 「矛盾纠纷调解」 157 → 121 KB and 「文明幸福星」
 * 176 → 148 KB in all (README › Search). Pagefind reads it from
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`; tests/build/search-index.test.ts fails if a Pagefind release stops doing so.
 */
export const SEARCH_INDEX_CHUNK_SIZE = 5000;

/** Filter name → values of an entry; filters without a value are left out. */
export function searchFilters(entry: SearchEntry): Record<string, string[]> {
  const names = t.search.filters;
  const filters: Record<string, string[]> = {
    [names.kind]: [SEARCH_KINDS[entry.kind]],
    [names.township]: entry.townships,
    [names.level]: entry.level ? [entry.level] : [],
    [names.year]: entry.years.map(String),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

/** Metadata field → value of an entry; empty fields are left out. */
export function searchMetadata(entry: SearchEntry): Record<string, string> {
  const meta: Record<string, string> = {
    [SEARCH_META.title]: entry.title,
    [SEARCH_META.kind]: SEARCH_KINDS[entry.kind],
    [SEARCH_META.place]: entry.townships.join('、'),
    [SEARCH_META.terms]: entry.terms.join(' '),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value.length > 0));
}

/** A record for Pagefind's `index.addCustomRecord`: pagefind's `CustomRecord`, always with meta and filters. */
export type SearchRecord = CustomRecord & Required<Pick<CustomRecord, 'meta' | 'filters'>>;

/** A village or township as honors see it. */
interface Place {
  id: string;
  data: { name: string; township?: string };
}

/** An honor with the fields search indexes. */
type IndexedHonor = HonorLike & { grantor?: string | undefined; note?: string | undefined };

/** The id of the section listing a village's or township's honors on its page. */
const HONORS_ANCHOR = 'honors';

/**
 * One custom record per village or township that received honors, linking to the honors on its page under `base`:
 * titled with the honors (全国文明村、河南省民主法治建设示范村), placed at the recipient (常寨村 · 庆祖镇), kind 荣誉.
 * One record per recipient because Pagefind keeps one record per URL. The recipient's name is indexed but not in
 * the title, so the recipient's own page still comes first for its name. Honors given to a person have no page.
 */
export function honorRecords(
  honors: readonly { data: IndexedHonor }[],
  villages: readonly Place[],
  townships: readonly Place[],
  base: string,
): SearchRecord[] {
  const recipients = new Map<
    string,
    { place: Place; township: string | undefined; honors: { data: IndexedHonor }[] }
  >();
  for (const honor of honors) {
    const village = villages.find((entry) => entry.id === honor.data.recipient.village);
    const place = village ?? townships.find((entry) => entry.id === honor.data.recipient.township);
    if (!place) continue;
    const path = village ? paths.village(place.id) : paths.township(place.id);
    const townshipId = village ? village.data.township : place.id;
    const township = townships.find((entry) => entry.id === townshipId)?.data.name;
    const group = recipients.get(path) ?? { place, township, honors: [] };
    group.honors.push(honor);
    recipients.set(path, group);
  }
  return [...recipients].map(([path, { place, township, honors: received }]) => {
    const list = sortHonors(received).map((honor) => honor.data);
    const entry: SearchEntry = {
      kind: 'honor',
      title: list.map((honor) => honor.title).join('、'),
      townships: township ? [township] : [],
      years: [...new Set(list.flatMap((honor) => (honor.year ? [honor.year] : [])))].sort(),
      terms: [],
    };
    const words = [place.data.name, township, ...list.flatMap((h) => [h.title, h.level, h.grantor, h.year, h.note])];
    return {
      url: `${joinBase(base, path)}#${HONORS_ANCHOR}`,
      content: words.filter((word) => word !== undefined).join(' '),
      language: SEARCH_LANGUAGE,
      meta: { ...searchMetadata(entry), [SEARCH_META.place]: t.search.honorPlace(place.data.name, township) },
      filters: searchFilters(entry),
    };
  });
}
