/**
 * Shared pieces of the scaffolder's templates (`npm run new`): what a template is given, YAML quoting, and the
 * comment blocks several kinds of file share (the header, photos). Every template is valid as written; values a
 * person must replace carry the 待填写 marker (src/lib/placeholders.ts).
 */
import yaml from 'js-yaml';
import { STAR_NAMES } from '../../../src/schema/glossary';
import { PLACEHOLDER } from '../../../src/schema/placeholders';

/** A registered entry the template can name: its id (slug) and Chinese name. */
export interface Named {
  id: string;
  name: string;
}

/** Everything a template needs. */
export interface TemplateInput {
  /** The Chinese name or title typed on the command line. */
  name: string;
  /** The file's slug (its name without extension). */
  slug: string;
  /** The campaign year of the site (county.yaml `currentYear`), used in examples. */
  year: number;
  /** Today, `YYYY-MM-DD` (a bulletin's date). */
  date: string;
  /** The township given with `--township`. */
  township?: Named | undefined;
  /** The village given with `--village` (honors), id `township/village`. */
  village?: Named | undefined;
  /** Registered industries, listed as choices in a village's comments. */
  industries: readonly Named[];
}

/** `待填写：<what>`, the value of a text field a person must write. */
export const fill = (what: string) => `${PLACEHOLDER}：${what}`;

/** A YAML scalar for `value`, quoted only when YAML needs it (a colon and space, a leading quote …). */
export function scalar(value: string | number): string {
  return yaml.dump(value, { lineWidth: -1 }).trimEnd();
}

/** The five star names as a YAML comment lists them. */
export const STAR_LIST = STAR_NAMES.join('、');

/** The lines every template starts with: what the file is and how to fill it in. */
export function header(what: string): string[] {
  return [
    `# ${what}`,
    '# 以 # 开头的行是填写说明，不会显示在网站上，可以留着。',
    `# 把每个“${PLACEHOLDER}”换成真实内容；行尾带“# ${PLACEHOLDER}”的，改好数值后把这段注释也删掉。`,
    '# 标着“可选”的项目：要用时去掉该组各行开头的“# ”（井号和一个空格），不用就不管它。',
    '# 改好后运行 npm run check:content 检查，运行 npm run dev 在浏览器里预览。',
  ];
}

/** Commented example of a `photos` list; `folder` is where the images go, relative to the content file. */
export function photoLines(folder: string, shownFolder: string, date: string): string[] {
  return [
    `# 照片（可选）：把照片（.jpg/.png/.webp，每张不超过 20 MB）放进 ${shownFolder} 文件夹，`,
    '# 每张照片写一组 file（文件名）、caption（说明：照片上是谁、在做什么）、date（拍摄日期）和 credit（摄影者或来源）：',
    '# photos:',
    `#   - file: ${folder}/${PLACEHOLDER}.jpg`,
    `#     caption: ${fill('照片说明，如 村“两委”成员到蚂蚱养殖基地考察')}`,
    `#     date: ${date}`,
    `#     credit: ${fill('摄影者或来源，如 文留镇党委供图')}`,
  ];
}

/** Comment lines on writing the MDX body below the frontmatter. */
export const BODY_NOTE = [
  '# 正文写在最下面一行 --- 之后：段与段之间空一行，以“## ”开头的一行是小标题。',
  '# 正文里不要用半角的尖括号和花括号（它们在 MDX 里有特殊含义），要用请改成全角的 ＜ ＞ ｛ ｝。',
];

/** The MDX body of a page a person writes: one placeholder paragraph. */
export function bodyLines(what: string): string[] {
  return ['', fill(what), ''];
}
