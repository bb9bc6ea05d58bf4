/**
 * Chinese prose of realistic length for synthetic villages, bulletins and industries, in the register of the
 * county's newspaper reports. Sentences are templates filled with the entry's own names and numbers.
 */
import type { Random } from './random';

/** What a sentence may mention. */
export interface ProseContext {
  village: string;
  township: string;
  secretary: string;
  industry: string;
}

const OPENINGS = [
  '{village}党支部把创建“五星”支部作为今年的头号工程，村“两委”班子逐项对照评星标准，列出问题清单和整改时限。',
  '走进{village}，硬化的村道干净整洁，房前屋后的小菜园、小果园错落有致，村民的精气神明显不一样了。',
  '{township}{village}过去是有名的“后进村”，近两年在党支部书记{secretary}的带领下，逐步走上了发展的快车道。',
  '今年以来，{village}紧扣“五星”支部创建目标，坚持党建引领，以产业发展带动村集体经济持续增收。',
];

const MIDDLES = [
  '村里流转土地{n}余亩，发展{industry}产业，采取“龙头企业 + 合作社 + 农户”的模式，让农户在家门口就能就业增收。',
  '党支部书记{secretary}介绍，村里每月召开一次党员大会，党员分片联系农户，收集的群众诉求做到件件有回音。',
  '围绕生态宜居星，村里整治废旧坑塘{m}个，平整闲置宅基地{m}处，栽植苗木{n}余棵，“一宅变四园”让闲置地变成了小游园。',
  '在平安法治星创建中，{village}成立了矛盾纠纷调解室，网格员每天入户走访，今年排查化解各类纠纷{m}起。',
  '村里开展星级文明户、好媳妇好婆婆评选，把评选结果张贴在乡村光荣榜上，文明新风吹进了千家万户。',
  '{industry}产业已成为村里的支柱产业，年产值达{n}余万元，带动周边{m}余户群众增收致富。',
  '为了争创产业兴旺星，村“两委”成员多次外出考察学习，结合本村实际，确定了发展{industry}的思路。',
  '村党支部实行“一星一专班、一星一策”，把每颗星的创建任务分解到人，每周通报进度，每月评比排名。',
];

const CLOSINGS = [
  '“下一步，我们要铆足干劲，争取早日创成五星支部。”{secretary}说。',
  '{village}今年的目标是再摘一颗星，村“两委”正对照短板逐项补齐。',
  '如今的{village}，产业有奔头、环境更宜居、乡风更文明，群众的获得感、幸福感不断增强。',
];

const HEADINGS = [
  '对标对表，明确创星路径',
  '产业先行，壮大集体经济',
  '环境整治，建设宜居乡村',
  '平安建设，化解矛盾纠纷',
  '文明实践，培育乡风民风',
  '观摩评比，比学赶超',
];

/** Fills `{name}` placeholders; `{n}` and `{m}` become a larger and a smaller number. */
function fill(template: string, context: ProseContext, random: Random): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
    if (key === 'n') return String(random.int(3, 60) * 100);
    if (key === 'm') return String(random.int(3, 90));
    return context[key as keyof ProseContext];
  });
}

/** One paragraph of `sentences` sentences, starting with an opening sentence when `opening` is true. */
export function paragraph(context: ProseContext, random: Random, sentences = 3, opening = true): string {
  const middles = random.shuffle(MIDDLES).slice(0, opening ? Math.max(1, sentences - 1) : sentences);
  return [...(opening ? [random.pick(OPENINGS)] : []), ...middles].map((s) => fill(s, context, random)).join('');
}

/** A village story: two to four paragraphs, about 300–800 characters. */
export function villageStory(context: ProseContext, random: Random): string {
  const paragraphs = Array.from({ length: random.int(2, 4) }, (_, i) =>
    paragraph(context, random, random.int(2, 3), i === 0),
  );
  return [...paragraphs, fill(random.pick(CLOSINGS), context, random)].join('\n\n');
}

/** A bulletin body: an introduction and three or four sections with `##` headings, about 1,200–2,500 characters. */
export function bulletinBody(contexts: readonly ProseContext[], random: Random): string {
  const intro = paragraph(contexts[0]!, random, 3);
  const sections = random.shuffle(HEADINGS).slice(0, random.int(3, 4));
  const body = sections.map((heading, index) => {
    const context = contexts[index % contexts.length]!;
    return `## ${heading}\n\n${paragraph(context, random, 4)}\n\n${paragraph(context, random, 3, false)}`;
  });
  return [intro, ...body].join('\n\n');
}

/** An industry description: one or two paragraphs. */
export function industryBody(context: ProseContext, random: Random): string {
  return Array.from({ length: random.int(1, 2) }, (_, i) => paragraph(context, random, 3, i === 0)).join('\n\n');
}
