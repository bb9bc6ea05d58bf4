/**
 * The one glossary of domain names: every Chinese concept of the Five-Star campaign and the single English
 * identifier the code uses for it. Content files use the Chinese values; code uses the English names.
 */

/** The five stars a village party branch can hold, in their official order. */
export const STAR_NAMES = ['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星'] as const;
/** One of the five stars (`star`). */
export type StarName = (typeof STAR_NAMES)[number];

/** ASCII slug of each star, used in URLs (`/stars/<slug>/`). */
export const STAR_SLUGS: Record<StarName, string> = {
  支部过硬星: 'zhibu-guoying',
  产业兴旺星: 'chanye-xingwang',
  生态宜居星: 'shengtai-yiju',
  平安法治星: 'pingan-fazhi',
  文明幸福星: 'wenming-xingfu',
};

/** Highest star level (`starLevel`): a branch holding all five stars is 五星支部. */
export const MAX_STAR_LEVEL = 5;

/** Village tiers (`tier`) a township sorts its villages into, from strongest to weakest. */
export const TIERS = ['领航村', '冲刺村', '提升村', '强基村'] as const;
/** One village tier. */
export type Tier = (typeof TIERS)[number];

/** Kinds of bulletin (`bulletin.kind`). */
export const BULLETIN_KINDS = ['周通报', '月评比', '季观摩', '综述', '典型案例', '其他'] as const;
/** One bulletin kind. */
export type BulletinKind = (typeof BULLETIN_KINDS)[number];

/** ASCII slug of each bulletin kind, used in filter page URLs. */
export const BULLETIN_KIND_SLUGS: Record<BulletinKind, string> = {
  周通报: 'weekly',
  月评比: 'monthly',
  季观摩: 'quarterly',
  综述: 'overview',
  典型案例: 'case',
  其他: 'other',
};

/** Levels of an honor (`honor.level`), from highest to lowest. */
export const HONOR_LEVELS = ['国家级', '省级', '市级', '县级', '乡镇级'] as const;
/** One honor level. */
export type HonorLevel = (typeof HONOR_LEVELS)[number];

/**
 * Glossary of content field names: English identifier → Chinese label, used in error messages and the
 * authoring guide so staff see the name they know.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  city: '所属市',
  province: '所属省',
  description: '简介',
  currentYear: '当前年度',
  villageCount: '行政村数量',
  secretary: '党支部（党委）书记',
  summary: '摘要',
  titles: '称号',
  standard: '创建标准',
  mechanisms: '工作机制',
  quote: '引语',
  by: '讲话人',
  text: '内容',
  targets: '年度目标',
  achieved: '年度完成情况',
  year: '年度',
  fiveStar: '五星支部数',
  fourStar: '四星支部数',
  threeStar: '三星支部数',
  threeStarOrAboveShare: '三星及以上占比',
  tiers: '村级分类',
  measures: '创星举措',
  star: '星',
  photos: '照片',
  file: '图片文件',
  caption: '图片说明',
  date: '日期',
  place: '地点',
  credit: '摄影/来源',
  illustrative: '示意图',
  sample: '示例数据',
  township: '所属乡镇',
  townships: '相关乡镇',
  stars: '星级记录',
  level: '星级/级别',
  held: '已获得的星',
  targeted: '争创的星',
  tier: '村级分类',
  industries: '产业',
  income: '村集体经济收入',
  yuan: '金额（元）',
  note: '备注',
  printedName: '报道原文名称',
  title: '标题',
  kind: '类型',
  villages: '相关村',
  cover: '封面图',
  alt: '替代文字',
  source: '来源',
  category: '类别',
  enterprises: '企业',
  model: '发展模式',
  figures: '数据',
  label: '名称',
  value: '数值',
  unit: '单位',
  grantor: '授予单位',
  recipient: '获得者',
  person: '个人',
  village: '村',
  series: '数据系列',
  items: '数据项',
  group: '分组',
};
