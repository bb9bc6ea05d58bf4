/**
 * File names of entries created in the CMS, by the scaffolder's pinyin rule (src/schema/slug.ts, and
 * scripts/new/scaffold/plan.ts for the per-kind stems): a village or township is its place slug, a bulletin
 * `<date>-<township>-<title words>`, an honor its title words and its recipient, metrics `<township>-<year>`, any
 * other entry its name's words. Decap cannot run pinyin-pro, so the admin page's pre-save hook calls this and puts
 * the result in the form's 文件名 field, which the collection's `slug` template reads.
 */
import { phraseSlug, placeSlug, type SlugResult } from '../schema/slug';

/** The entry's data as the form holds it (plain values). */
type Data = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A bulletin title without a leading township name (文留镇：召开… → 召开…), as the scaffolder strips it. */
function titleAfterTownship(title: string): string {
  const rest = title.replace(/^\p{Script=Han}{1,8}?(镇|乡|街道)[\s\p{P}]+/u, '');
  return /\p{Script=Han}/u.test(rest) ? rest : title;
}

/** Appends `-<suffix>` to a slug result when there is a suffix. */
const withSuffix = (result: SlugResult, suffix: string): SlugResult =>
  'slug' in result && suffix ? { slug: `${result.slug}-${suffix}` } : result;

/** The slug of a new entry of `collection`, or undefined when the collection names its files otherwise. */
export function entrySlug(collection: string, data: Data): SlugResult | undefined {
  switch (collection) {
    case 'townships':
      return placeSlug(str(data['name']), 'township');
    case 'villages':
      return placeSlug(str(data['name']), 'village');
    case 'industries':
      return phraseSlug(str(data['name']));
    case 'bulletins': {
      const date = str(data['date']).slice(0, 10);
      const township = Array.isArray(data['townships']) ? str(data['townships'][0]) : '';
      const words = phraseSlug(titleAfterTownship(str(data['title'])));
      const prefix = [date, township].filter(Boolean).join('-');
      return 'slug' in words && prefix ? { slug: `${prefix}-${words.slug}` } : words;
    }
    case 'honors': {
      const recipient = (data['recipient'] ?? {}) as Data;
      const who = str(recipient['village']).split('/')[1] ?? str(recipient['township']);
      return withSuffix(phraseSlug(str(data['title'])), who || str(recipient['township']));
    }
    case 'metrics':
      return { slug: [str(data['township']), String(data['year'] ?? '')].filter(Boolean).join('-') };
    default:
      return undefined;
  }
}
