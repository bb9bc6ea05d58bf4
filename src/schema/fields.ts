/**
 * Field schemas shared by several collections. Every schema here is plain zod (through `astro/zod`) and never
 * imports `astro:*`, so the same definitions validate content inside Astro and in the stand-alone checker.
 */
import { z } from 'astro/zod';
import { BULLETIN_KINDS, HONOR_LEVELS, MAX_STAR_LEVEL, STAR_NAMES, TIERS } from './glossary';
import { parseQuantity } from './quantity';

/**
 * Builds the schema of an image field; Astro passes its `image()` helper (output: ImageMetadata), the checker a
 * path check (output: string). Generic so that each caller keeps its own image type.
 */
export type ImageField<I extends z.ZodType = z.ZodType> = () => I;

/** ASCII slug: lowercase pinyin words joined by hyphens (`hujiazhuang`, `qingzu`). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能用小写拼音字母、数字和连字符，如 hujiazhuang' });

/** Reference to a village: `<township slug>/<village slug>`, e.g. `wenliu/liuzhuang`. */
export const villageRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: '村的写法是“乡镇拼音/村拼音”，如 wenliu/hujiazhuang' });

/** A year of the campaign. */
export const year = z
  .number({ error: '年度应是四位数字，如 2023' })
  .int({ error: '年度应是整数，如 2023' })
  .min(2000, { error: '年度不能早于 2000 年' })
  .max(2100, { error: '年度不能晚于 2100 年' });

/** A calendar date written `YYYY-MM-DD`; impossible dates (2023-02-30) are rejected instead of rolled over. */
export const date = z
  .union([z.date(), z.string()], { error: '日期应写成 YYYY-MM-DD，如 2023-06-01' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const parsed = match ? new Date(`${text}T00:00:00Z`) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `日期“${text}”不存在或格式不对，应写成 YYYY-MM-DD，如 2023-06-01` });
      return z.NEVER;
    }
    return parsed;
  });

/** A non-negative whole count (villages, events, people). */
export const count = z.number({ error: '应填写数字' }).int({ error: '应是整数' }).nonnegative({ error: '不能是负数' });

/** A share between 0 and 1 (0.75 means 75 %). */
export const share = z
  .number({ error: '占比应是 0 到 1 之间的小数，如 0.75' })
  .min(0, { error: '占比不能小于 0' })
  .max(1, { error: '占比不能大于 1（75% 请写 0.75）' });

/**
 * A reported figure: a number, or a number followed by `+` where the report says 余/以上 (`6000+` = 6000余).
 * Parsed to `{ value, more }` so pages can show "≥ 6000" instead of a bare 6000.
 */
export const quantity = z
  .union([z.number(), z.string()], { error: '应填写数字，或数字加“+”表示“余/以上”，如 6000+' })
  .transform((raw, ctx) => {
    const parsed = parseQuantity(raw);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `“${raw}”不是有效数值：请写数字，或数字加“+”表示“余/以上”，如 6000+` });
      return z.NEVER;
    }
    return parsed;
  });

/** One of the five stars, written in Chinese exactly as in the campaign (支部过硬星 …). */
export const starName = z.enum(STAR_NAMES, { error: `星的名称只能是：${STAR_NAMES.join('、')}` });

/** A star level 0–5. */
export const starLevel = z
  .number({ error: '星级应是 0 到 5 的整数' })
  .int({ error: '星级应是整数' })
  .min(0, { error: '星级不能小于 0' })
  .max(MAX_STAR_LEVEL, { error: `星级最高是 ${MAX_STAR_LEVEL}（五星）` });

/** A village tier (领航村 …). */
export const tier = z.enum(TIERS, { error: `村级分类只能是：${TIERS.join('、')}` });

/** A bulletin kind (周通报 …). */
export const bulletinKind = z.enum(BULLETIN_KINDS, { error: `通报类型只能是：${BULLETIN_KINDS.join('、')}` });

/** An honor level (国家级 …). */
export const honorLevel = z.enum(HONOR_LEVELS, { error: `荣誉级别只能是：${HONOR_LEVELS.join('、')}` });

/** A short piece of text that must not be empty. */
export const text = z.string({ error: '应填写文字' }).trim().min(1, { error: '不能为空' });

/** A photo: the image file beside the content that uses it, with the caption, date, place and credit. */
export const photo = <I extends z.ZodType>(image: ImageField<I>) =>
  z.strictObject({
    /** Path of the image relative to this content file, e.g. `./hujiazhuang/dapeng.jpg`. */
    file: image(),
    /** What the photo shows; also the image's alt text. */
    caption: text,
    /** When it was taken. */
    date: date.optional(),
    /** Where it was taken, if more precise than the page it belongs to. */
    place: text.optional(),
    /** Photographer or source. */
    credit: text,
    /** True for a generated illustration (示意图), not a real photograph. */
    illustrative: z.boolean().default(false),
  });

/** Marks an entry whose values are sample data, not reported fact; its page shows 示例数据. */
export const sample = z.boolean().default(false);

/**
 * An official 统计用区划代码 of `digits` digits (2 province, 4 city, 6 county, 9 township, 12 village). YAML reads an unquoted code as
 * a number; it is taken as written and kept as a string, so leading digits are never lost.
 */
export const divisionCode = (digits: 2 | 4 | 6 | 9 | 12) =>
  z.coerce.string({ error: `区划代码应是 ${digits} 位数字` }).regex(new RegExp(`^\\d{${digits}}$`), {
    error: `区划代码应是 ${digits} 位数字（统计用区划代码），如 ${'410928102201'.slice(0, digits)}`,
  });
