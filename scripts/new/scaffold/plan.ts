/**
 * Plans one `npm run new` once its request is checked (src/lib/scaffold-request.ts): picks the slug and the file,
 * and renders the template. Pure: the command line reads content/ and writes the file.
 */
import { bulletinTemplate, honorTemplate, industryTemplate } from './entries';
import { townshipTemplate, villageTemplate } from './places';
import { checkRequest, type Kind, type Registry, type ScaffoldRefusal, type ScaffoldRequest } from './request';
import { phraseSlug, placeSlug, placeStem, type SlugResult } from '../../../src/schema/slug';
import type { Named, TemplateInput } from './text';

/** The page an entry shows on; the command line turns it into a site path (src/lib/urls). */
export type PageOf = { kind: 'village' | 'township' | 'bulletin' | 'industry'; id: string } | { kind: 'home' };

/** A planned file. */
export interface ScaffoldPlan {
  kind: Kind;
  /** Path relative to the project root, `/`-separated, e.g. `content/villages/wenliu/hujiazhuang.mdx` (`.md` with `markdown`). */
  file: string;
  slug: string;
  text: string;
  /** The page where it shows up (for `npm run dev`): a collection's entry, or the home page. */
  shows: PageOf;
}

/** A bulletin title without the township's name it usually starts with (文留镇：召开… → 召开…). */
function titleAfterTownship(title: string, township: Named | undefined): string {
  if (!township) return title;
  const names = [township.name, placeStem(township.name, 'township')];
  const prefix = names.find((name) => title.startsWith(name));
  const rest = prefix ? title.slice(prefix.length).replace(/^[\s\p{P}]+/u, '') : title;
  return /\p{Script=Han}/u.test(rest) ? rest : title;
}

/**
 * The file name without extension, by kind, from `--slug` or the name: a bulletin is
 * `<date>-<township>-<title words>`, like the importer's drafts; an honor ends with its recipient's slug.
 */
function stemFor(kind: Kind, name: string, request: ScaffoldRequest, township?: Named, village?: Named): SlugResult {
  const given = request.slug;
  if (kind === 'bulletin') {
    const words = given === undefined ? phraseSlug(titleAfterTownship(name, township)) : { slug: given };
    const prefix = given === undefined ? `${request.date}-${township?.id}` : request.date;
    return 'slug' in words ? { slug: `${prefix}-${words.slug}` } : words;
  }
  if (given !== undefined) return { slug: given };
  if (kind === 'village' || kind === 'township') return placeSlug(name, kind);
  const recipient = kind === 'honor' ? (village?.id.split('/')[1] ?? township?.id) : undefined;
  const phrase = phraseSlug(name);
  return 'slug' in phrase && recipient ? { slug: `${phrase.slug}-${recipient}` } : phrase;
}

/** Checks a request and plans the file, or says what is wrong. */
export function planScaffold(request: ScaffoldRequest, registry: Registry): ScaffoldPlan | ScaffoldRefusal {
  const checked = checkRequest(request, registry);
  if ('error' in checked) return checked;
  const { kind, name, township, village } = checked;
  const slug = stemFor(kind, name, request, township, village);
  if ('unknown' in slug) {
    return {
      error: `“${slug.unknown.join('')}”没有拼音可用，请用 --slug 自己写文件名，如 --slug hujiazhuang（no pinyin）`,
    };
  }
  const stem = slug.slug;
  const ext = request.markdown ? 'md' : 'mdx';
  const input: TemplateInput = { ...request, name, slug: stem, township, village, industries: registry.industries };
  const where: Record<Kind, { file: string; shows: PageOf }> = {
    village: {
      file: `content/villages/${township?.id}/${stem}.${ext}`,
      shows: { kind: 'village', id: `${township?.id}/${stem}` },
    },
    township: { file: `content/townships/${stem}.yaml`, shows: { kind: 'township', id: stem } },
    bulletin: { file: `content/bulletins/${stem}.${ext}`, shows: { kind: 'bulletin', id: stem } },
    industry: { file: `content/industries/${stem}.${ext}`, shows: { kind: 'industry', id: stem } },
    honor: {
      file: `content/honors/${stem}.yaml`,
      shows: village
        ? { kind: 'village', id: village.id }
        : township
          ? { kind: 'township', id: township.id }
          : { kind: 'home' },
    },
  };
  const render = { village: villageTemplate, township: townshipTemplate, bulletin: bulletinTemplate };
  const text = { ...render, industry: industryTemplate, honor: honorTemplate }[kind](input);
  return { kind, slug: stem, text, ...where[kind] };
}
