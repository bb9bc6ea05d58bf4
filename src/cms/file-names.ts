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

/** A change to make in the form's data: the path of a field and its new value. */
export type FieldChange = [path: (string | number)[], value: string];

/**
 * The image paths of a new entry, moved into the folder beside it (`photo.jpg` → `./hujiazhuang/photo.jpg`):
 * Decap saves an upload to `{{filename}}/` once the entry has its file name, but writes the path it knew before,
 * the bare name. Returned as changes so the hook can apply them to Decap's immutable data with `setIn`.
 */
export function photoChanges(value: unknown, stem: string, path: (string | number)[] = []): FieldChange[] {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    return key === 'file' && value !== '' && !value.includes('/') ? [[path, `./${stem}/${value}`]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => photoChanges(item, stem, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => photoChanges(inner, stem, [...path, name]));
  }
  return [];
}
