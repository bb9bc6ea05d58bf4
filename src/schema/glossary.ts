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

/** The red and black flags (红黑旗) a township awards each period, as its working mechanisms name them. */
export const RED_BLACK_FLAGS = '红黑旗';

/** Kinds of search result (`kind` of a search entry); their labels are in t.search.kinds. */
export const SEARCH_RESULT_KINDS = ['village', 'township', 'bulletin', 'industry', 'star', 'honor'] as const;
/** One kind of search result. */
export type SearchKind = (typeof SEARCH_RESULT_KINDS)[number];

/** Columns of the open-data tables (their JSON keys); CSV headers and meanings are in t.openData.columns. */
export const COLUMN_KEYS = [
  'township',
  'townshipName',
  'year',
  'seriesId',
  'seriesName',
  'star',
  'unit',
  'label',
  'value',
  'more',
  'source',
  'village',
  'villageName',
  'tier',
  'level',
  'held',
  'targeted',
  'kind',
  'fiveStar',
  'fourStar',
  'threeStar',
  'threeStarOrAboveShare',
  'sample',
] as const;
/** One open-data column (`column`). */
export type ColumnKey = (typeof COLUMN_KEYS)[number];

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
  publisher: '主办单位',
  contact: '联系方式',
  icp: '备案号',
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
  publicContacts: '公开的联系电话',
  phone: '电话号码',
  reason: '公开理由',
  id: '系列编号',
  order: '顺序',
  body: '正文',
  slug: '文件名（拼音）',
  code: '区划代码',
};

/**
 * Hints for content fields, by field name: one line the CMS form shows under a field (the schema's JSDoc is not
 * available at run time). Fields without a hint need none beyond their label.
 */
export const FIELD_HINTS: Record<string, string> = {
  name: '中文全称，如 胡家庄村、文留镇、丝瓜',
  printedName: '报道原文里的写法和村名不同时才填（如 张榆林头）',
  villageCount: '全乡镇的行政村个数；村文件的个数不能超过它',
  summary: '一句话介绍，显示在卡片和搜索结果里',
  description: '一段话，显示在首页',
  stars: '每年一条；星级必须等于“已获得的星”的颗数',
  level: '星级为 0 到 5，等于已获得的星的颗数',
  targeted: '当年正在争创的星，不能和已获得的星重复',
  income: '每年一条，金额可写“6000+”表示 6000 余元',
  yuan: '数字；“余/以上”写成数字加 +，如 6000+',
  value: '数字；“余/以上”写成数字加 +，如 6000+',
  photos: '照片会保存在本文件旁边的同名文件夹里',
  file: '.jpg、.png、.webp 或 .avif，不超过 20 MB；苹果手机的 HEIC 请先导出为 .jpg',
  caption: '写清是谁、在哪里、在做什么；也是给看不见图片的读者的文字',
  credit: '摄影者或来源，如“文留镇党委供图”',
  illustrative: '只有示意图（不是真实照片）才打开',
  sample: '数据是示例、不是正式公布的才打开；页面会显示“示例数据”',
  threeStarOrAboveShare: '0 到 1 的小数，75% 写 0.75',
  townships: '至少选一个乡镇',
  recipient: '村、乡镇、个人三项只填一项',
  id: '小写拼音、数字和连字符，如 disputes-by-type',
  source: '报纸名称和日期，或材料来源',
  date: '写成 2023-06-01',
  slug: '可不填：保存时按名称自动生成拼音文件名（胡家庄村 → hujiazhuang）；多音字拼错时自己填。保存后不能再改',
  body: '正文；可用 Markdown 的标题（##）、列表和加粗',
};
