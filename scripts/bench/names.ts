/**
 * Realistic, deterministic Chinese place and person names for synthetic content, each with its pinyin slug.
 * Names are built from syllables whose pinyin is written here, so no pinyin library is needed.
 */
import type { Random } from './random';

/** A Chinese name and its lowercase pinyin slug. */
export interface Named {
  name: string;
  slug: string;
}

type Pair = readonly [han: string, pinyin: string];

/** Reads `'王wang 李li'` into pairs; a lone `-` stands for "nothing" (no prefix). */
function pairs(list: string): Pair[] {
  return list
    .split(/\s+/u)
    .map((item) => (item === '-' ? ['', ''] : [item.replace(/[a-z]/gu, ''), item.replace(/[^a-z]/gu, '')]));
}

/** Common surnames in northern Henan; none starts with a vowel, so joined pinyin slugs stay unambiguous. */
const SURNAMES = pairs(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao 黄huang 周zhou 吴wu 徐xu 孙sun 胡hu 朱zhu 高gao 林lin 何he ' +
    '郭guo 马ma 罗luo 梁liang 宋song 郑zheng 谢xie 韩han 唐tang 冯feng 董dong 程cheng 曹cao 袁yuan 许xu 沈shen ' +
    '彭peng 吕lv 苏su 蒋jiang 贾jia 丁ding 魏wei 薛xue 范fan 齐qi 任ren 姚yao 常chang 孟meng 侯hou 秦qin 段duan ' +
    '潘pan 崔cui 田tian 石shi 申shen 牛niu',
);

/** Given-name characters for party secretaries. */
const GIVEN = [...'庆民新峰树月建国志强海军红卫春生振华立明保全玉兰秀英伟东广文德胜长青永福金山'];

/** Optional first character of a village name (西辛庄, 后正寨); `-` (no prefix) is the most common. */
const VILLAGE_PREFIXES = pairs('- - - - 东dong 西xi 南nan 北bei 前qian 后hou 大da 小xiao 新xin 老lao 上shang 中zhong');

/** Last part of a village name, before 村. */
const VILLAGE_SUFFIXES = pairs(
  '庄zhuang 家庄jiazhuang 寨zhai 集ji 楼lou 屯tun 营ying 店dian 口kou 湾wan 堂tang 固gu 岗gang 桥qiao 坡po ' +
    '园yuan 河he 铺pu 堤di 头tou',
);

/** First character of a township name. */
const TOWNSHIP_FIRST = pairs(
  '文wen 庆qing 柳liu 梨li 户hu 王wang 八ba 五wu 海hai 渠qu 胡hu 白bai 清qing 习xi 徐xu 子zi 鲁lu 郎lang ' +
    '新xin 城cheng 双shuang 马ma 高gao 华hua 兴xing 永yong 太tai 黄huang 金jin 桑sang 龙long 孟meng 梁liang ' +
    '古gu 台tai 南nan 北bei 东dong 西xi 长chang 平ping 丰feng 宁ning 青qing 红hong 石shi 沙sha 林lin 宋song',
);

/** Second character of a township name. */
const TOWNSHIP_SECOND = pairs(
  '留liu 祖zu 屯tun 园yuan 部bu 庄zhuang 郭guo 集ji 寨zhai 营ying 口kou 楼lou 桥qiao 店dian 堤di 城cheng ' +
    '河he 坡po 岗gang 固gu 丘qiu 岭ling 湖hu 阳yang 山shan 水shui 坊fang 湾wan 堡bao 陵ling 沟gou 井jing ' +
    '台tai 泉quan 塘tang 洼wa 林lin 滩tan',
);

/** `count` distinct township names (…镇, every fourth …乡) with distinct slugs. */
export function townshipNames(count: number, random: Random): Named[] {
  const all = TOWNSHIP_FIRST.flatMap(([a, pa]) => TOWNSHIP_SECOND.map(([b, pb]) => [pa + pb, a + b] as const));
  const picked = random.shuffle([...new Map(all).entries()]);
  return Array.from({ length: count }, (_, index) => {
    const [slug, name] = picked[index % picked.length]!;
    const round = Math.floor(index / picked.length);
    const suffix = index % 4 === 3 ? '乡' : '镇';
    // Past the pool (a very large province) a stem comes back with a number.
    return round === 0
      ? { name: name + suffix, slug }
      : { name: `${name}${round + 1}${suffix}`, slug: `${slug}${round + 1}` };
  });
}

/** `count` village names (…村) distinct within one township, with distinct slugs. */
export function villageNames(count: number, random: Random): Named[] {
  const names = new Map<string, string>();
  const limit = count * 50 + 1000;
  for (let tries = 0; names.size < count && tries < limit; tries += 1) {
    const [p, pp] = random.pick(VILLAGE_PREFIXES);
    const [s, ps] = random.pick(SURNAMES);
    const [x, px] = random.pick(VILLAGE_SUFFIXES);
    if (!names.has(pp + ps + px)) names.set(pp + ps + px, `${p}${s}${x}村`);
  }
  // More villages than the pool holds in one township: number the rest.
  for (let index = names.size + 1; names.size < count; index += 1) names.set(`cun${index}`, `第${index}村`);
  return [...names.entries()].map(([slug, name]) => ({ name, slug }));
}

/** A person's name: a surname and one or two given-name characters. */
export function personName(random: Random): string {
  return random.pick(SURNAMES)[0] + random.pick(GIVEN) + (random.next() < 0.7 ? random.pick(GIVEN) : '');
}
