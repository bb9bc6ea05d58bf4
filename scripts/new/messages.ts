/** What `npm run new` prints: the usage text, and what to do after a file was written. */
import type { Placeholder } from '../../src/schema/placeholders';
import { paths } from '../../src/lib/urls';
import type { PageOf, ScaffoldPlan } from './scaffold/plan';
import { KIND_LABELS } from './scaffold/request';

/** The site path of the page an entry shows on. */
const pagePath = (page: PageOf): string => (page.kind === 'home' ? paths.home() : paths[page.kind](page.id));

/** Usage text printed by `--help`, Chinese then English. */
export const USAGE = `用法：npm run new -- <类型> <中文名> [--township <乡镇拼音>] [选项]

按模板新建一个内容文件，文件名用中文名的拼音自动生成，已有的文件不会被覆盖。
模板里每个字段都有中文说明；把所有“待填写”换成真实内容后再发布。

类型：
  village    村       content/villages/<乡镇>/<拼音>.mdx      必须写 --township
  bulletin   通报     content/bulletins/<日期>-<拼音>.mdx     必须写 --township
  industry   产业     content/industries/<拼音>.mdx           必须写 --township
  honor      荣誉     content/honors/<拼音>.yaml              获得者可用 --village 或 --township 指定
  township   乡镇     content/townships/<拼音>.yaml

选项：
  --township <拼音>     所属乡镇的拼音文件名，如 wenliu（见 content/townships/）
  --village <乡镇/村>   荣誉的获得者村，如 wenliu/qizhuang
  --date YYYY-MM-DD     通报的日期，默认今天
  --slug <拼音>         自己指定文件名（多音字拼错时用），如 --slug changzhai
  --md                  村、通报、产业写成 .md（纯 Markdown，不用组件；村很多时构建快得多）
  --root <目录>         项目目录（含 content/），默认本项目
  -h, --help            显示本说明

拼音规则：村、乡镇取名称去掉末尾的“村”“镇”“乡”“街道”后的全部拼音连写（胡家庄村 → hujiazhuang，
文留镇 → wenliu）；其他名称每两个字一组、用连字符连接（乡村旅游 → xiangcun-lvyou），最多取前 8 个汉字，
荣誉再接上获得者的拼音（全国文明村 → quanguo-wenmingcun-changzhai）。

例子：
  npm run new -- village 胡家庄村 --township wenliu
  npm run new -- bulletin 文留镇召开创星推进会 --township wenliu --date 2023-06-01
  npm run new -- honor 全国文明村 --village qingzu/changzhai

Usage: npm run new -- <village|bulletin|industry|honor|township> <Chinese name> [--township <slug>] [options]
Writes a commented template for a new content file with a pinyin file name, never overwriting an existing file.
village, bulletin and industry need --township (an existing township slug); honor takes --village <township/village>
or --township as its recipient. --date sets a bulletin's date (default today), --slug overrides the file name,
--root points at another project folder, --md writes plain Markdown (.md) instead of MDX. Replace every 待填写 ("to be filled in") before publishing.
`;

/** The field (or 正文 for the body) a placeholder line belongs to. */
function fieldOf(place: Placeholder): string {
  const key = /^(?:-\s+)?([A-Za-z]+):/u.exec(place.text)?.[1];
  return key ?? '正文';
}

/** The message after a file was written: where it is and what to do next, Chinese first. */
export function nextSteps(plan: ScaffoldPlan, shownFile: string, placeholders: readonly Placeholder[]): string {
  const fields = [...new Set(placeholders.map(fieldOf))].join('、');
  const steps = [
    `打开这个文件，把 ${placeholders.length} 处“待填写”换成真实内容（${fields}）；\n     标着“可选”的项目要用时去掉行首的“# ”。`,
  ];
  if (plan.kind !== 'honor' && plan.kind !== 'industry') {
    steps.push(`有照片就放进 ${plan.file.replace(/\.(mdx?|yaml)$/u, '/')} 文件夹，并在 photos 里写上说明和摄影者。`);
  }
  steps.push(
    `运行 npm run check:content 检查；运行 npm run dev 后在浏览器打开\n     http://localhost:4321${pagePath(plan.shows)} 预览。`,
    '没问题就提交（git add、git commit、git push），网站会自动重新发布；\n     还有“待填写”时网站不会发布，原来的网站保持不变。',
  );
  return [
    `已新建${KIND_LABELS[plan.kind]}文件：${shownFile}（wrote ${shownFile}）`,
    '',
    '接下来：',
    ...steps.map((step, index) => `  ${index + 1}. ${step}`),
    '',
    `拼音文件名“${plan.slug}”是自动生成的，多音字可能不对：要改就删掉这个文件，加 --slug 重新生成。`,
    '',
  ].join('\n');
}
