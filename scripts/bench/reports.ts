/** Synthetic bulletins, industries and honors that refer to the generated townships and villages. */
import { BULLETIN_KINDS, HONOR_LEVELS } from '../../src/schema/glossary';
import { type ContentFile, mdx, type TownshipStub, toYaml } from './places';
import { bulletinBody, industryBody } from './prose';
import type { Random } from './random';

/** Industries a county of the plain develops (name, slug, category). */
export const INDUSTRIES = [
  ['丝瓜', 'sigua', '种植'],
  ['非洲菊', 'feizhouju', '种植'],
  ['食用菌', 'shiyongjun', '种植'],
  ['金银花', 'jinyinhua', '种植'],
  ['红薯', 'hongshu', '种植'],
  ['辣椒', 'lajiao', '种植'],
  ['西红柿', 'xihongshi', '种植'],
  ['冬枣', 'dongzao', '种植'],
  ['木耳', 'muer', '种植'],
  ['面粉加工', 'mianfen', '加工'],
  ['粉条加工', 'fentiao', '加工'],
  ['家具制造', 'jiaju', '加工'],
  ['肉牛养殖', 'rouniu', '养殖'],
  ['蛋鸡养殖', 'danji', '养殖'],
  ['水产养殖', 'yuye', '养殖'],
  ['乡村旅游', 'xiangcun-lvyou', '文旅'],
  ['民宿', 'minsu', '文旅'],
  ['电商', 'dianshang', '服务'],
].map(([name, slug, category]) => ({ name: name!, slug: slug!, category: category! }));

/** One industry file per industry, listing up to 20 villages that take part. */
export function industryFiles(townships: readonly TownshipStub[], random: Random): ContentFile[] {
  return INDUSTRIES.map((industry) => {
    const villages = townships.flatMap((t) => t.villages).filter((v) => v.industries.includes(industry.slug));
    const inTownships = [...new Set(villages.map((v) => v.ref.split('/')[0]!))];
    const first = villages[0] ?? townships[0]!.villages[0]!;
    const context = {
      village: first.name,
      township: townships[0]!.name,
      secretary: first.secretary,
      industry: industry.name,
    };
    const data = {
      name: industry.name,
      category: industry.category,
      summary: `${industry.name}是全县重点培育的特色产业，带动 ${villages.length} 个村发展。`,
      townships: inTownships.length > 0 ? inTownships.slice(0, 40) : [townships[0]!.slug],
      villages: villages.slice(0, 20).map((v) => v.ref),
      model: '龙头企业 + 合作社 + 农户',
      figures: [{ label: '带动农户', value: `${random.int(2, 90) * 100}+`, unit: '户' }],
      sample: true,
    };
    return [`content/industries/${industry.slug}.mdx`, mdx(data, industryBody(context, random))] as const;
  });
}

const TITLES = [
  '{t}：周通报、月评比、季观摩，创星像跑马拉松',
  '{t}：书记领航，{v}争创五星支部',
  '{t}召开“五星”支部创建观摩点评会',
  '{t}：{v}蹚出产业兴村新路子',
  '{t}“五星”支部创建工作推进会召开',
  '{t}：网格员化解矛盾纠纷，平安法治星成色更足',
];

/** `count` bulletins spread over the year, each about one township and a few of its villages. */
export function bulletinFiles(
  townships: readonly TownshipStub[],
  count: number,
  year: number,
  random: Random,
): ContentFile[] {
  return Array.from({ length: count }, (_, index) => {
    const township = townships[index % townships.length]!;
    const villages = random.shuffle(township.villages).slice(0, random.int(1, 4));
    const contexts = villages.map((v) => ({
      village: v.name,
      township: township.name,
      secretary: v.secretary,
      industry: INDUSTRIES.find((industry) => industry.slug === v.industries[0])?.name ?? '特色种植',
    }));
    const day = new Date(Date.UTC(year, 0, 1 + Math.floor((index * 365) / Math.max(count, 1))));
    const title = random.pick(TITLES).replace('{t}', township.name).replace('{v}', villages[0]!.name);
    const data = {
      title,
      date: day.toISOString().slice(0, 10),
      kind: random.pick(BULLETIN_KINDS),
      townships: [township.slug],
      villages: villages.map((v) => v.ref),
      summary: `${township.name}以“一星一专班、一星一策”推进“五星”支部创建，${villages.map((v) => v.name).join('、')}等村晒成效、谈举措、说计划。`,
      source: '示例通报（基准测试生成）',
      sample: true,
    };
    const slug = `${year}-${township.slug}-${String(index + 1).padStart(5, '0')}`;
    return [`content/bulletins/${slug}.mdx`, mdx(data, bulletinBody(contexts, random))] as const;
  });
}

const HONOR_TITLES = [
  '全国文明村',
  '省级森林乡村',
  '河南省民主法治建设示范村',
  '市级文明村',
  '县级“五星”支部',
  '乡村振兴示范村',
];

/** About one honor per 15 villages, each to a village or (one in five) a township. */
export function honorFiles(townships: readonly TownshipStub[], random: Random): ContentFile[] {
  const villages = townships.flatMap((t) => t.villages);
  return Array.from({ length: Math.max(1, Math.round(villages.length / 15)) }, (_, index) => {
    const toTownship = index % 5 === 4;
    const recipient = toTownship ? { township: random.pick(townships).slug } : { village: random.pick(villages).ref };
    const data = {
      title: random.pick(HONOR_TITLES),
      level: random.pick(HONOR_LEVELS),
      year: random.int(2019, 2023),
      recipient,
    };
    return [`content/honors/honor-${String(index + 1).padStart(5, '0')}.yaml`, toYaml(data)] as const;
  });
}
