/**
 * The name directory's shapes, shared by the build (src/lib/search/names/directory.ts), the shard files and the
 * browser (ranking). Plain data, no imports.
 */

/** What a name names, in the order ties are broken (villages first). */
export const NAME_KINDS = ['village', 'township', 'person', 'industry', 'honor'] as const;
/** One kind of name. */
export type NameKind = (typeof NAME_KINDS)[number];

/** One name of the directory. */
export interface NameEntry {
  /** What it is. */
  kind: NameKind;
  /** The name shown (胡家庄村, 刘树月, 全国文明村). */
  name: string;
  /** Where it is, shown after the name: the township of a village, the village and township of a secretary … */
  place?: string | undefined;
  /** Site path without the base (`/villages/wenliu/hujiazhuang/`, `/townships/qingzu/#v-zhangzhai`). */
  url: string;
  /** Normalised search forms (胡家庄村, 胡家庄, 文留胡家庄, hujiazhuang, hjz …), Chinese and pinyin. */
  forms: string[];
  /** Pinyin of the name, then of the place: the tie-breaking order (`hujiazhuangcun wenliuzhen`). */
  order: string;
}
