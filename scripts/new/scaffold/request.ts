/**
 * The checks of an `npm run new` request, before anything is planned: a known kind, a Chinese name, the options
 * each kind needs, and a township or village that is registered under content/. Messages are Chinese first.
 */
import { didYouMean } from '../../../src/validate/content-errors';
import { nameProblem, SLUG_PATTERN } from '../../../src/schema/slug';
import type { Named } from './text';

/** The kinds of file `npm run new` makes, with their Chinese names. */
export const KIND_LABELS = {
  village: '村',
  bulletin: '通报',
  industry: '产业',
  honor: '荣誉',
  township: '乡镇',
} as const;
/** One kind of file. */
export type Kind = keyof typeof KIND_LABELS;

/** What was asked on the command line, plus the year and date to use. */
export interface ScaffoldRequest {
  kind: string;
  name?: string | undefined;
  township?: string | undefined;
  village?: string | undefined;
  slug?: string | undefined;
  /** `YYYY-MM-DD`, already checked. */
  date: string;
  year: number;
  /**
   * Write a village, bulletin or industry as plain Markdown (`.md`) instead of MDX: no components in the text,
   * and a province-sized site builds far faster (README › Benchmark › Province).
   */
  markdown?: boolean | undefined;
}

/** What is registered under content/. */
export interface Registry {
  townships: readonly Named[];
  /** Village profiles and, where a township has a roster, its villages without one (`township/slug`). */
  villages: readonly Named[];
  industries: readonly Named[];
  /** The official roster of each township that has one (content/roster/): its villages' names and slugs. */
  roster?: ReadonlyMap<string, readonly { name: string; slug: string }[]>;
}

/** A refused request: the message, Chinese first. */
export interface ScaffoldRefusal {
  error: string;
}

/** A request that passed: the kind, the trimmed name and the registered places it names. */
export interface CheckedRequest {
  kind: Kind;
  name: string;
  township: Named | undefined;
  village: Named | undefined;
}

/** Kinds that must name a township with `--township`. */
const NEEDS_TOWNSHIP: readonly Kind[] = ['village', 'bulletin', 'industry'];

/** How many registered entries a hint lists. */
const MAX_LISTED = 10;

/** Lists registered entries for a hint, those in the folder of `near` first: `wenliu（文留镇）、qingzu（庆祖镇）`. */
function listed(entries: readonly Named[], near = ''): string {
  const folder = near.includes('/') ? `${near.split('/')[0]}/` : '';
  const close = entries.filter((entry) => folder !== '' && entry.id.startsWith(folder));
  const shown = (close.length > 0 ? close : entries).slice(0, MAX_LISTED);
  const text = shown.map((entry) => `${entry.id}（${entry.name}）`).join('、');
  return text === '' ? '（还没有）' : `${text}${shown.length < entries.length ? ' 等' : ''}`;
}

/** Finds a registered entry, or explains which ones there are. */
function lookUp(id: string, entries: readonly Named[], what: string, hint: string): Named | ScaffoldRefusal {
  const found = entries.find((entry) => entry.id === id);
  if (found) return found;
  const guess = didYouMean(
    id,
    entries.map((entry) => entry.id),
  );
  return {
    error: `找不到${what}“${id}”。${guess ? `是不是想写 ${guess}？` : ''}可用的${what}：${listed(entries, id)}。${hint}（unknown ${what === '乡镇' ? 'township' : 'village'} "${id}"）`,
  };
}

/** Checks a request against the registry: the kind, the name, the options that go with the kind. */
export function checkRequest(request: ScaffoldRequest, registry: Registry): CheckedRequest | ScaffoldRefusal {
  const kinds = Object.entries(KIND_LABELS).map(([kind, label]) => `${kind}（${label}）`);
  if (!(request.kind in KIND_LABELS)) {
    return { error: `不认识的类型“${request.kind}”，只能是：${kinds.join('、')}（unknown kind）` };
  }
  const kind = request.kind as Kind;
  const label = KIND_LABELS[kind];
  const name = request.name?.trim() ?? '';
  const problem = nameProblem(name, kind === 'village' || kind === 'township');
  if (problem) return { error: `${label}的名称有问题：${problem}（bad name）` };
  if (request.slug !== undefined && !SLUG_PATTERN.test(request.slug)) {
    return { error: `--slug 只能用小写拼音字母、数字和连字符，如 hujiazhuang，收到“${request.slug}”（bad slug）` };
  }
  if (kind === 'township' && request.township !== undefined) {
    return {
      error: '新建乡镇不需要 --township；乡镇的拼音文件名由名称生成，也可以用 --slug 指定（--township not used）',
    };
  }
  if (request.village !== undefined && kind !== 'honor') {
    return { error: `--village 只用于荣誉（honor），新建${label}时不需要（--village is for honors only）` };
  }
  if (NEEDS_TOWNSHIP.includes(kind) && request.township === undefined) {
    return {
      error: `新建${label}要用 --township 指明所属乡镇，如 --township wenliu。可用的乡镇：${listed(registry.townships)}（--township is required）`,
    };
  }
  let township: Named | undefined;
  if (request.township !== undefined) {
    const found = lookUp(request.township, registry.townships, '乡镇', '新乡镇请先运行 npm run new -- township 乡镇名');
    if ('error' in found) return found;
    township = found;
  }
  let village: Named | undefined;
  if (request.village !== undefined) {
    const id = request.village.includes('/') || !township ? request.village : `${township.id}/${request.village}`;
    const found = lookUp(id, registry.villages, '村', '写法是“乡镇拼音/村拼音”，如 wenliu/qizhuang');
    if ('error' in found) return found;
    village = found;
  }
  return { kind, name, township, village };
}
