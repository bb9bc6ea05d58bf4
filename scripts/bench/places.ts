/** Synthetic townships and villages in the project's content format (content/townships, content/villages). */
import yaml from 'js-yaml';
import { STAR_NAMES, type StarName, type Tier, TIERS } from '../../src/schema/glossary';
import { type Named, personName, villageNames } from './names';
import { villageStory } from './prose';
import type { Random } from './random';

/** What later generators (bulletins, honors, industries) need to know about a village. */
export interface VillageStub extends Named {
  /** `township/village`. */
  ref: string;
  secretary: string;
  industries: string[];
}

/** A generated township with its villages. */
export interface TownshipStub extends Named {
  secretary: string;
  villages: VillageStub[];
}

/** A content file: path below the project root and its text. */
export type ContentFile = readonly [path: string, text: string];

/** YAML without line folding, as staff would write it. */
export const toYaml = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true });

/** An MDX file: YAML frontmatter and a body. */
export const mdx = (data: unknown, body: string) => `---\n${toYaml(data)}---\n\n${body}\n`;

/** Share of villages at each star level 0–5 this year. */
const LEVEL_WEIGHTS = [0.08, 0.12, 0.2, 0.27, 0.22, 0.11];

/** A star level drawn from LEVEL_WEIGHTS. */
function drawLevel(random: Random): number {
  let roll = random.next();
  for (const [level, weight] of LEVEL_WEIGHTS.entries()) if ((roll -= weight) < 0) return level;
  return 5;
}

/** Stars held, in the official order. */
const inOrder = (stars: readonly StarName[]) => STAR_NAMES.filter((star) => stars.includes(star));

/** Two years of star records: this year's level, and last year's with one star fewer (sometimes). */
function starRecords(year: number, random: Random) {
  const level = drawLevel(random);
  const held = inOrder(random.shuffle(STAR_NAMES).slice(0, level));
  const before = random.next() < 0.6 && held.length > 0 ? held.filter((_, i) => i !== random.int(0, level - 1)) : held;
  const notHeld = (list: readonly StarName[]) => STAR_NAMES.filter((star) => !list.includes(star));
  return [
    { year: year - 1, level: before.length, held: before, targeted: notHeld(before).slice(0, 1) },
    { year, level: held.length, held, targeted: notHeld(held).slice(0, 1) },
  ];
}

/** The tier a township would sort a village of this level into. */
const tierOf = (level: number): Tier => TIERS[level >= 5 ? 0 : level === 4 ? 1 : level === 3 ? 2 : 3]!;

/** Villages of one township, as content files and stubs. */
export function villageFiles(
  township: Named,
  count: number,
  year: number,
  industries: readonly Named[],
  random: Random,
  /** Real names (an area of the official list), instead of generated ones. */
  given?: readonly Named[],
): { files: ContentFile[]; stubs: VillageStub[]; tiers: Partial<Record<Tier, number>> } {
  const tiers: Partial<Record<Tier, number>> = {};
  const stubs: VillageStub[] = [];
  const files = (given ?? villageNames(count, random)).map((village): ContentFile => {
    const secretary = personName(random);
    const own = random.shuffle(industries).slice(0, random.int(0, 2));
    const stars = starRecords(year, random);
    const tier = tierOf(stars[1]!.level);
    tiers[tier] = (tiers[tier] ?? 0) + 1;
    const ref = `${township.slug}/${village.slug}`;
    stubs.push({ ...village, ref, secretary, industries: own.map((industry) => industry.slug) });
    const industry = own[0]?.name ?? '特色种植';
    const context = { village: village.name, township: township.name, secretary, industry };
    const data = {
      name: village.name,
      township: township.slug,
      secretary,
      tier,
      summary: `${year} 年争创${stars[1]!.targeted[0] ?? '五星支部'}，发展${industry}，村集体经济年收入${random.int(5, 80)}万元。`,
      stars,
      industries: own.map((item) => item.slug),
      income: [
        { year: year - 1, yuan: random.int(5, 60) * 10000 },
        { year, yuan: `${random.int(6, 80) * 10000}+` },
      ],
      sample: true,
    };
    return [`content/villages/${ref}.mdx`, mdx(data, villageStory(context, random))];
  });
  return { files, stubs, tiers };
}

const MECHANISMS = [
  '一星一专班、一星一策',
  '周通报、月评比、季观摩',
  '每周一“创五星、论发展”书记大论坛',
  '服务区初评、乡镇复评',
  '对行动缓慢的村实行“一票否决制”',
  '绘制目标公示图、榜单图和摘星图',
];

/** A township file whose counts agree with its villages. */
export function townshipFile(
  township: TownshipStub,
  year: number,
  tiers: Partial<Record<Tier, number>>,
  random: Random,
): ContentFile {
  const total = township.villages.length;
  const five = Math.min(tiers['领航村'] ?? 0, total);
  const four = Math.min(tiers['冲刺村'] ?? 0, total - five);
  const data = {
    name: township.name,
    villageCount: total,
    secretary: township.secretary,
    summary: `${township.name}以“五星”支部创建为抓手，对照评星标准逐项对标、逐个补短，落实“挂图作战”，推动${total}个行政村争星晋位。`,
    standard: '5 方面 30 项重点任务和评星标准',
    mechanisms: random.shuffle(MECHANISMS).slice(0, random.int(3, 6)),
    quote: { by: township.secretary, text: '“五星”支部创建是一项系统性工程，要抓好创星主体，解决谁来创的问题。' },
    targets: [{ year, fiveStar: Math.min(five + 1, total - four), fourStar: four, threeStarOrAboveShare: 0.75 }],
    achieved: [{ year: year - 1, fiveStar: Math.max(five - 1, 0), fourStar: four }],
    tiers,
    measures: STAR_NAMES.map((star) => ({
      star,
      text: `围绕${star}，全镇开展集中学习 ${random.int(5, 40)} 次、观摩评比 ${random.int(2, 12)} 次，逐村建立台账。`,
    })),
    sample: true,
  };
  return [`content/townships/${township.slug}.yaml`, toYaml(data)];
}
