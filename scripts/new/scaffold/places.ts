/**
 * Templates of the scaffolder for places: a village (`content/villages/<township>/<slug>.mdx`) and a township
 * (`content/townships/<slug>.yaml`). Fields follow src/schema/collections.ts; see src/lib/scaffold-text.ts.
 */
import { TIERS } from '../../../src/schema/glossary';
import { PLACEHOLDER } from '../../../src/schema/placeholders';
import { BODY_NOTE, bodyLines, fill, header, photoLines, scalar, STAR_LIST, type TemplateInput } from './text';

/** How many registered industries a village template lists as choices. */
const MAX_LISTED = 12;

/** A village page: `township` is required. */
export function villageTemplate(input: TemplateInput): string {
  const township = input.township;
  if (!township) throw new Error('villageTemplate needs a township');
  const folder = `content/villages/${township.id}/${input.slug}/`;
  const choices = input.industries.slice(0, MAX_LISTED).map((industry) => `${industry.id}（${industry.name}）`);
  return [
    '---',
    ...header(`${township.name}${input.name}：村（行政村）的信息和创星故事。`),
    '',
    '# 村名，写全称，如 胡家庄村',
    `name: ${scalar(input.name)}`,
    `# 所属乡镇的拼音文件名（${township.name}），不要改`,
    `township: ${township.id}`,
    '# 一句话介绍本村的创星情况，显示在村卡片和搜索结果里',
    `summary: ${fill('一句话介绍本村的创星情况，如 2023 年争创五星支部，计划发展蚂蚱养殖')}`,
    '',
    '# 党支部书记姓名（可选）',
    `# secretary: ${fill('党支部书记姓名')}`,
    `# 村级分类（可选）：${TIERS.join('、')} 四选一`,
    `# tier: ${TIERS[0]} # ${PLACEHOLDER}`,
    '# 报道原文里的村名和上面的 name 不一样时（可选），照原文写在这里',
    `# printedName: ${fill('报道原文中的村名')}`,
    '',
    `# 星级记录（可选，每年一条）：level 是星数（0 到 5），必须等于 held 里星的个数；held 是已获得的星，`,
    `# targeted 是正在争创的星。星的名称只能是：${STAR_LIST}。`,
    '# 例如 held: [支部过硬星, 平安法治星] 时 level 写 2。',
    '# stars:',
    `#   - year: ${input.year}`,
    `#     level: 0 # ${PLACEHOLDER}：星数`,
    `#     held: [] # ${PLACEHOLDER}：已获得的星`,
    `#     targeted: [] # ${PLACEHOLDER}：争创的星`,
    '',
    '# 本村参与的产业（可选）：写 content/industries/ 里的文件名，多个用逗号隔开',
    choices.length > 0
      ? `# 可选的产业：${choices.join('、')}`
      : '# （现在还没有产业文件，可用 npm run new -- industry 新建）',
    `# industries: [${input.industries[0]?.id ?? PLACEHOLDER}] # ${PLACEHOLDER}`,
    '',
    '# 村集体经济收入（可选，每年一条，单位：元）：报道写“20 余万元”就写 200000+（数字后加 + 表示“余/以上”）',
    '# income:',
    `#   - year: ${input.year}`,
    `#     yuan: 0 # ${PLACEHOLDER}：金额（元）`,
    '',
    ...photoLines(`./${input.slug}`, folder, input.date),
    '',
    ...BODY_NOTE,
    '---',
    ...bodyLines('本村的创星故事：今年的目标、做了什么、有什么变化，尽量写具体的人、事和数字'),
  ].join('\n');
}

/** A township's data file. */
export function townshipTemplate(input: TemplateInput): string {
  return [
    ...header(`${input.name}：乡镇的基本情况、年度目标和创星举措。`),
    '',
    '# 乡镇名称，写全称，如 文留镇',
    `name: ${scalar(input.name)}`,
    '# 本乡镇共有多少个行政村（整数）',
    `villageCount: 1 # ${PLACEHOLDER}：行政村个数`,
    '# 镇（乡）党委书记姓名',
    `secretary: ${fill('镇党委书记姓名')}`,
    '# 一段话介绍本乡镇的“五星”支部创建工作，显示在乡镇页面和搜索结果里',
    `summary: ${fill('一段话介绍本乡镇的创建工作')}`,
    '',
    '# 称号（可选），每行一个：',
    '# titles:',
    `#   - ${fill('称号，如 全国农业产业强镇')}`,
    '# 工作机制（可选），每行一条：',
    '# mechanisms:',
    `#   - ${fill('工作机制，如 周通报、月评比、季观摩')}`,
    '# 评星标准（可选），照报道原文写：',
    `# standard: ${fill('如 5 方面 30 项重点任务和评星标准')}`,
    '# 引语（可选）：by 是讲话人，text 是原话',
    '# quote:',
    `#   by: ${fill('讲话人')}`,
    `#   text: ${fill('原话')}`,
    '',
    '# 年度目标（可选，每年一条）：fiveStar、fourStar、threeStar 是计划创成的五星、四星、三星支部个数，',
    '# threeStarOrAboveShare 是三星及以上支部的占比（75% 写 0.75）；没有的项整行删除',
    '# targets:',
    `#   - year: ${input.year}`,
    `#     fiveStar: 0 # ${PLACEHOLDER}`,
    `#     fourStar: 0 # ${PLACEHOLDER}`,
    `#     threeStarOrAboveShare: 0 # ${PLACEHOLDER}`,
    '# 年度完成情况（可选，每年一条），写法同上（没有占比这一项）：',
    '# achieved:',
    `#   - year: ${input.year}`,
    `#     fiveStar: 0 # ${PLACEHOLDER}`,
    '',
    `# 创星举措（可选）：star 是五颗星之一（${STAR_LIST}），text 写做法和数字，`,
    '# 报道写“6000 余次”就照写，网站会原样显示',
    '# measures:',
    '#   - star: 支部过硬星',
    `#     text: ${fill('具体做法，如 入户走访 6000 余次，收集诉求 300 余条')}`,
    '',
    ...photoLines(`./${input.slug}`, `content/townships/${input.slug}/`, input.date),
    '',
  ].join('\n');
}
