/**
 * The content model of the Five-Star campaign: one schema per collection. `src/content.config.ts` hands these to
 * Astro; `src/validate/` runs the very same schemas before the build to give staff errors in Chinese.
 * Objects are strict so that a misspelt field name is an error, not silently ignored.
 */
import { z } from 'astro/zod';
import {
  bulletinKind,
  count,
  date,
  divisionCode,
  honorLevel,
  type ImageField,
  photo,
  quantity,
  sample,
  share,
  slug,
  starLevel,
  starName,
  text,
  tier,
  villageRef,
  year,
} from './fields';

/** The county (site-wide facts): `content/county.yaml`. */
export const countySchema = z.strictObject({
  /** County name, e.g. 濮阳县. */
  name: text,
  /** City the county belongs to. */
  city: text,
  /** Province. */
  province: text,
  /** One paragraph on the campaign in this county, shown on the home page. */
  description: text,
  /** The campaign year the site presents as "this year" (star records, targets). */
  currentYear: year,
  /** 主办单位 named in the footer, e.g. 中共濮阳县委宣传部. */
  publisher: text.optional(),
  /** How readers reach the publisher (telephone, e-mail or address), shown in the footer. */
  contact: text.optional(),
  /** ICP 备案号 of the site, e.g. 豫ICP备12345678号, shown in the footer when set. */
  icp: text.optional(),
  /** 6-digit 统计用区划代码 of the county, e.g. 410928; required when the county is one of a province or city site. */
  code: divisionCode(6).optional(),
});

/**
 * A province or city site over several counties: `content/site.yaml`, with each county's own content folder in
 * `content/counties/<slug>/` (README › Province). A county site has no such file.
 */
export const siteSchema = z.strictObject({
  /** Which level the site covers. */
  level: z.enum(['province', 'city'], { error: '网站级别只能是 province（省）或 city（市）' }),
  /** Name, e.g. 河南省 or 濮阳市. */
  name: text,
  /** 统计用区划代码 of the province (2 digits) or city (4 digits). */
  code: z.union([divisionCode(2), divisionCode(4)]),
  /** One paragraph on the campaign, shown on the home page. */
  description: text,
  /** The cities of the site, by code (a city site lists itself). */
  cities: z.array(z.strictObject({ code: divisionCode(4), name: text })).min(1, { error: '至少列出一个市' }),
});

/** A star level count per star: the shape shared by yearly targets and achievements. */
const starCounts = {
  /** The year. */
  year,
  /** Number of five-star branches. */
  fiveStar: count.optional(),
  /** Number of four-star branches. */
  fourStar: count.optional(),
  /** Number of three-star branches. */
  threeStar: count.optional(),
};

/** A township (乡镇): `content/townships/<slug>.yaml`; the file name is its pinyin slug. */
export const townshipSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z.strictObject({
    /** Chinese name, e.g. 文留镇. */
    name: text,
    /** Number of administrative villages (行政村). */
    villageCount: count.min(1, { error: '行政村数量至少为 1' }),
    /** Township party secretary (镇党委书记); pages say 尚未公布 until it is filled in. */
    secretary: text.optional(),
    /** Short summary of the township's campaign; a township imported from the roster has none yet. */
    summary: text.optional(),
    /** Titles the township holds (全国农业产业强镇 …). */
    titles: z.array(text).default([]),
    /** The rating standard it applies, as reported. */
    standard: text.optional(),
    /** Working mechanisms (周通报、月评比、季观摩 …). */
    mechanisms: z.array(text).default([]),
    /** A quotation from the secretary or another official. */
    quote: z.strictObject({ by: text, text }).optional(),
    /** Yearly targets: counts per level and/or the share of branches at three stars or above. */
    targets: z
      .array(
        z.strictObject({
          ...starCounts,
          /** Target share of branches with three stars or more (0–1). */
          threeStarOrAboveShare: share.optional(),
        }),
      )
      .default([]),
    /** Yearly achieved counts, as reported. */
    achieved: z.array(z.strictObject(starCounts)).default([]),
    /** How many villages are in each tier (领航村 …), as reported. */
    tiers: z.partialRecord(tier, count).default({}),
    /** Measures reported for each star. */
    measures: z.array(z.strictObject({ star: starName, text })).default([]),
    /** Photos of the township. */
    photos: z.array(photo(image)).default([]),
    /**
     * Mobile numbers that must be published (a duty phone), each with who answers it and why it is public; the
     * personal-data check allows these numbers everywhere and refuses every other mobile number.
     */
    publicContacts: z.array(z.strictObject({ name: text, phone: text, reason: text })).default([]),
    /** True when some values are sample data, not reported fact. */
    sample,
  });

/** A village (行政村): `content/villages/<township>/<slug>.mdx`; the body is its story. */
export const villageSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z.strictObject({
    /** Chinese name, e.g. 胡家庄村. */
    name: text,
    /** The name exactly as the source printed it, when it differs (张榆林头). */
    printedName: text.optional(),
    /** Slug of its township (file name in content/townships/). */
    township: slug,
    /** Party branch secretary (党支部书记). */
    secretary: text.optional(),
    /** Tier the township sorted the village into. */
    tier: tier.optional(),
    /** One star record per year: the level and which of the five stars are held and targeted. */
    stars: z
      .array(
        z.strictObject({
          /** The year. */
          year,
          /** Star level 0–5: must equal the number of stars held. */
          level: starLevel,
          /** Stars held that year. */
          held: z.array(starName).default([]),
          /** Stars the branch is striving for that year (争创). */
          targeted: z.array(starName).default([]),
        }),
      )
      .default([]),
    /** Slugs of industries the village takes part in (content/industries/). */
    industries: z.array(slug).default([]),
    /** Village collective income (村集体经济收入) per year, in yuan. */
    income: z.array(z.strictObject({ year, yuan: quantity })).default([]),
    /** One-line summary for cards and search results. */
    summary: text,
    /** Photos of the village. */
    photos: z.array(photo(image)).default([]),
    /** True when some values are sample data, not reported fact. */
    sample,
  });

/** A bulletin (通报/报道): `content/bulletins/<slug>.mdx`. */
export const bulletinSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z.strictObject({
    /** Headline. */
    title: text,
    /** Publication date. */
    date,
    /** Kind: 周通报 / 月评比 / 季观摩 / 综述 / 典型案例 / 其他. */
    kind: bulletinKind,
    /** Slugs of the townships it concerns. */
    townships: z.array(slug).min(1, { error: '至少填写一个乡镇' }),
    /** Villages it mentions (`township/village`). */
    villages: z.array(villageRef).default([]),
    /** One-paragraph summary for lists and search results. */
    summary: text,
    /** Cover image. */
    cover: z.strictObject({ file: image(), alt: text }).optional(),
    /** Where the text comes from (newspaper, date). */
    source: text.optional(),
    /** Photos that go with it. */
    photos: z.array(photo(image)).default([]),
    /** True when the text is sample prose, not a published bulletin. */
    sample,
  });

/** An industry (产业): `content/industries/<slug>.mdx`. */
export const industrySchema = z.strictObject({
  /** Chinese name, e.g. 丝瓜. */
  name: text,
  /** Category, e.g. 种植 / 养殖 / 加工 / 文旅. */
  category: text,
  /** One-line summary. */
  summary: text,
  /** Townships where it is developed. */
  townships: z.array(slug).min(1, { error: '至少填写一个乡镇' }),
  /** Villages where it is developed. */
  villages: z.array(villageRef).default([]),
  /** Enterprises involved. */
  enterprises: z.array(text).default([]),
  /** Business model, e.g. 龙头企业+合作社+农户. */
  model: text.optional(),
  /** Reported figures. */
  figures: z.array(z.strictObject({ label: text, value: quantity, unit: text.optional() })).default([]),
  /** True when some values are sample data. */
  sample,
});

/** An honor (荣誉): `content/honors/<slug>.yaml`. Exactly one recipient. */
export const honorSchema = z
  .strictObject({
    /** Title of the honor, e.g. 全国文明村. */
    title: text,
    /** Level: 国家级 / 省级 / 市级 / 县级 / 乡镇级. */
    level: honorLevel,
    /** Who granted it. */
    grantor: text.optional(),
    /** Year granted, where reported. */
    year: year.optional(),
    /** Who received it: one of a village, a township or a person. */
    recipient: z.strictObject({
      /** A village (`township/village`). */
      village: villageRef.optional(),
      /** A township slug. */
      township: slug.optional(),
      /** A person's name. */
      person: text.optional(),
    }),
    /** Remarks, e.g. the product of an 一村一品 village. */
    note: text.optional(),
  })
  .superRefine((honor, ctx) => {
    const given = Object.values(honor.recipient).filter((value) => value !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipient'],
        message: '获得者只能填一个：village（村）、township（乡镇）或 person（个人）',
      });
    }
  });

/** Metrics (数据) of one township and year: `content/metrics/<township>-<year>.yaml`. */
export const metricsSchema = z.strictObject({
  /** Township slug. */
  township: slug,
  /** The year the figures cover. */
  year,
  /** Named series, each a list of labelled values with one unit. */
  series: z
    .array(
      z.strictObject({
        /** ASCII id of the series, e.g. `disputes-by-type`. */
        id: slug,
        /** Chinese title, e.g. 矛盾纠纷类型. */
        name: text,
        /** Unit of every value, e.g. 件, 人次. */
        unit: text,
        /** The star this series reports on, if any. */
        star: starName.optional(),
        /** The values. */
        items: z.array(z.strictObject({ label: text, value: quantity })).min(1, { error: '每个数据系列至少要有一项' }),
      }),
    )
    .min(1, { error: '至少要有一个数据系列' }),
  /** Where the figures come from. */
  source: text.optional(),
  /** True when the figures are sample data. */
  sample,
});

/** A page explaining one of the five stars: `content/stars/<slug>.mdx`. */
export const starSchema = z.strictObject({
  /** Which star (支部过硬星 …). */
  name: starName,
  /** One-line meaning. */
  summary: text,
  /** Display order 1–5. */
  order: z.number().int().min(1).max(5),
});

/** One village-level unit (村委会 / 社区居委会) of the official division list. */
const rosterVillage = z.strictObject({
  /** 12-digit 统计用区划代码, e.g. 410928102201. */
  code: divisionCode(12),
  /** The name exactly as the list has it, e.g. 胡家庄村委会. */
  officialName: text,
  /** The everyday name derived from it, e.g. 胡家庄村 (README › Roster names the rules). */
  name: text,
  /** Pinyin slug: the file name of the village's profile in content/villages/<township>/, when it has one. */
  slug,
});

/**
 * The official roster of one township: `content/roster/<township slug>.yaml`, written by `npm run roster` from the
 * national division list. Every village of the township is here, with or without a profile.
 */
export const rosterSchema = z
  .strictObject({
    /** 9-digit 统计用区划代码 of the township, e.g. 410928102. */
    code: divisionCode(9),
    /** The township's name as the list has it, e.g. 濮阳县文留镇. */
    officialName: text,
    /** Where the list comes from (edition of the division codes). */
    source: text.optional(),
    /** Every village-level unit of the township, in the list's order. */
    villages: z.array(rosterVillage).min(1, { error: '名册里至少要有一个村' }),
  })
  .superRefine((roster, ctx) => {
    const seen = new Map<string, number>();
    roster.villages.forEach((village, index) => {
      if (!village.code.startsWith(roster.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['villages', index, 'code'],
          message: `村的区划代码 ${village.code} 不在本乡镇（${roster.code}）之下：前 9 位应与乡镇代码相同`,
        });
      }
      for (const [key, value] of [
        ['code', village.code],
        ['slug', village.slug],
      ] as const) {
        const first = seen.get(`${key}:${value}`);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['villages', index, key],
            message: `与第 ${first + 1} 个村重复（${value}）：每个村的${key === 'code' ? '区划代码' : '拼音名'}必须不同`,
          });
        } else seen.set(`${key}:${value}`, index);
      }
    });
  });

/** Inferred output types, shared by lib/ and components. */
export type County = z.output<typeof countySchema>;
export type Site = z.output<typeof siteSchema>;
export type Township = z.output<ReturnType<typeof townshipSchema>>;
export type Village = z.output<ReturnType<typeof villageSchema>>;
export type Bulletin = z.output<ReturnType<typeof bulletinSchema>>;
export type Industry = z.output<typeof industrySchema>;
export type Honor = z.output<typeof honorSchema>;
export type Metrics = z.output<typeof metricsSchema>;
export type Roster = z.output<typeof rosterSchema>;
export type StarPage = z.output<typeof starSchema>;
