/**
 * Templates of the scaffolder for a bulletin (`content/bulletins/<date>-<slug>.mdx`), an industry
 * (`content/industries/<slug>.mdx`) and an honor (`content/honors/<slug>.yaml`). Fields follow
 * src/schema/collections.ts; see src/lib/scaffold-text.ts.
 */
import { BULLETIN_KINDS, HONOR_LEVELS } from '../../../src/schema/glossary';
import { PLACEHOLDER } from '../../../src/schema/placeholders';
import { BODY_NOTE, bodyLines, fill, header, photoLines, scalar, type TemplateInput } from './text';

/** The township a bulletin or an industry must name. */
function requiredTownship(input: TemplateInput, kind: string): string {
  if (!input.township) throw new Error(`${kind} template needs a township`);
  return input.township.id;
}

/** A bulletin (通报/报道): `township` is required. */
export function bulletinTemplate(input: TemplateInput): string {
  const township = requiredTownship(input, 'bulletin');
  return [
    '---',
    ...header('通报或报道：标题、日期、类型、相关乡镇和村、摘要，正文写在最后。'),
    '',
    '# 标题',
    `title: ${scalar(input.name)}`,
    '# 发布日期，写成 年-月-日，如 2023-06-01',
    `date: ${input.date}`,
    `# 类型：${BULLETIN_KINDS.join('、')} 选一个`,
    `kind: ${BULLETIN_KINDS[BULLETIN_KINDS.length - 1]} # ${PLACEHOLDER}：选一个类型`,
    '# 相关乡镇：拼音文件名，多个用逗号隔开，如 [wenliu, qingzu]',
    `townships: [${township}]`,
    '# 文中提到的村（可选）：写“乡镇拼音/村拼音”，多个用逗号隔开',
    `# villages: [${township}/${PLACEHOLDER}]`,
    '# 摘要：一段话，显示在通报列表和搜索结果里',
    `summary: ${fill('一段话概括这篇通报')}`,
    '# 来源（可选）：如 据 2023 年 6 月 1 日《濮阳日报》整理',
    `# source: ${fill('来源')}`,
    `# 封面图（可选）：图片放进 content/bulletins/${input.slug}/ 文件夹，alt 写图片上是什么`,
    '# cover:',
    `#   file: ./${input.slug}/${PLACEHOLDER}.jpg`,
    `#   alt: ${fill('封面图说明')}`,
    '',
    ...photoLines(`./${input.slug}`, `content/bulletins/${input.slug}/`, input.date),
    '',
    ...BODY_NOTE,
    '---',
    ...bodyLines('正文。可以从报纸电子版复制，也可以用 npm run import 把报纸文字整理成草稿'),
  ].join('\n');
}

/** An industry (产业): `township` is required. */
export function industryTemplate(input: TemplateInput): string {
  const township = requiredTownship(input, 'industry');
  return [
    '---',
    ...header(`${input.name}：产业介绍，列在“产业”页面和相关乡镇、村的页面上。`),
    '',
    '# 产业名称，如 丝瓜、乡村旅游',
    `name: ${scalar(input.name)}`,
    '# 类别，如 种植、养殖、加工、文旅',
    `category: ${fill('种植、养殖、加工或文旅')}`,
    '# 一句话介绍，显示在产业列表和搜索结果里',
    `summary: ${fill('一句话介绍这个产业')}`,
    '# 发展这个产业的乡镇：拼音文件名，多个用逗号隔开，如 [wenliu, qingzu]',
    `townships: [${township}]`,
    '# 参与的村（可选）：写“乡镇拼音/村拼音”，多个用逗号隔开',
    `# villages: [${township}/${PLACEHOLDER}]`,
    '# 参与的企业（可选），每行一个：',
    '# enterprises:',
    `#   - ${fill('企业名称')}`,
    '# 发展模式（可选），如 龙头企业 + 合作社 + 农户',
    `# model: ${fill('发展模式')}`,
    '# 数据（可选）：label 是名称，value 是数字，unit 是单位。',
    '# 报道写“6000 余亩”就写 value: 6000+（数字后加 + 表示“余/以上”），网站显示为“6000 余”。',
    '# figures:',
    `#   - label: ${fill('名称，如 种植面积')}`,
    `#     value: 0 # ${PLACEHOLDER}：数字`,
    '#     unit: 亩',
    '',
    ...BODY_NOTE,
    '---',
    ...bodyLines('产业介绍：在哪里、规模多大、怎样带动村集体和群众增收'),
  ].join('\n');
}

/** The `recipient` block of an honor: the village or township given, else a person to fill in. */
function recipientLines(input: TemplateInput): string[] {
  const note = '# 获得者只写一个：village（村，写“乡镇拼音/村拼音”）、township（乡镇拼音）或 person（个人姓名）';
  if (input.village) return [note, 'recipient:', `  village: ${input.village.id} # ${input.village.name}`];
  if (input.township) return [note, 'recipient:', `  township: ${input.township.id} # ${input.township.name}`];
  return [note, 'recipient:', `  person: ${fill('获得者姓名；如果是村或乡镇，把这一行换成 village 或 township')}`];
}

/** An honor (荣誉): one recipient, from `village` or `township` when given. */
export function honorTemplate(input: TemplateInput): string {
  return [
    ...header(`荣誉：${input.name}。列在“荣誉”名单和获得者的页面上。`),
    '',
    '# 荣誉名称，照证书或文件写全称，如 全国文明村',
    `title: ${scalar(input.name)}`,
    `# 级别：${HONOR_LEVELS.join('、')} 选一个`,
    `level: ${HONOR_LEVELS[3]} # ${PLACEHOLDER}：选一个级别`,
    ...recipientLines(input),
    '# 授予单位（可选），如 中央精神文明建设指导委员会',
    `# grantor: ${fill('授予单位')}`,
    '# 获得年度（可选）',
    `# year: ${input.year}`,
    '# 备注（可选），如“一村一品”示范村的产品',
    `# note: ${fill('备注')}`,
    '',
  ].join('\n');
}
