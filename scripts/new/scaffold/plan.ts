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

/**
 * A village of a township with a roster is one of its villages: its roster slug (燕寨村 → yanzhai-259), or a
 * refusal naming the roster, the closest names and the fix. Undefined where the township has no roster.
 */
function rosterSlug(
  name: string,
  township: Named | undefined,
  registry: Registry,
): SlugResult | ScaffoldRefusal | undefined {
  const units = township && registry.roster?.get(township.id);
  if (!township || !units) return undefined;
  const stem = placeStem(name, 'village');
  const unit = units.find((entry) => entry.name === name || placeStem(entry.name, 'village') === stem);
  if (unit) return { slug: unit.slug };
  const shared = (entry: { name: string }) => [...new Set(stem)].filter((char) => entry.name.includes(char)).length;
  const close = units
    .filter((entry) => shared(entry) > 0)
    .sort((a, b) => shared(b) - shared(a))
    .slice(0, 6);
  return {
    error:
      `“${name}”不在${township.name}的名册里（content/roster/${township.id}.yaml）：村的资料只能为名册里的村建立。` +
      `${close.length > 0 ? `名册里名字相近的村：${close.map((entry) => entry.name).join('、')}。` : ''}` +
      `如果是新设立或改了名的村，请先用 npm run roster 按最新的区划代码更新名册（not in the township's roster）`,
  };
}

/** Checks a request and plans the file, or says what is wrong. */
export function planScaffold(request: ScaffoldRequest, registry: Registry): ScaffoldPlan | ScaffoldRefusal {
  const checked = checkRequest(request, registry);
  if ('error' in checked) return checked;
  const { kind, name, township, village } = checked;
  const listed = kind === 'village' ? rosterSlug(name, township, registry) : undefined;
  if (listed && 'error' in listed) return listed;
  const slug = listed ?? stemFor(kind, name, request, township, village);
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
