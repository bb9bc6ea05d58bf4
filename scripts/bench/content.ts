/**
 * The whole synthetic content/ folder for the benchmark: a county with N villages across M townships, K bulletins,
 * industries, honors, metrics and the five star pages, in the project's own format (it passes the checker).
 */
import { STAR_NAMES, STAR_SLUGS } from '../../src/schema/glossary';
import { personName, townshipNames } from './names';
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
}

/** Splits `total` into `parts` whole numbers that differ by at most one. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

/** Every content file, township by township (a generator, so a province never sits in memory as text). */
export function* syntheticContent(options: SyntheticOptions): Generator<ContentFile> {
  const { year = 2023, seed = 2023 } = options;
  const random = createRandom(seed);
  yield [
    'content/county.yaml',
    toYaml({
      name: '示例县',
      city: '示例市',
      province: '河南省',
      description: `示例县以“五星”支部创建为抓手，${options.townships} 个乡镇、${options.villages} 个行政村争创支部过硬星、产业兴旺星、生态宜居星、平安法治星和文明幸福星。本站数据为基准测试生成的示例数据。`,
      currentYear: year,
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
  for (const [index, named] of townshipNames(options.townships, random).entries()) {
    const { files, stubs, tiers } = villageFiles(named, counts[index]!, year, INDUSTRIES, random);
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
