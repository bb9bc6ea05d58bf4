/** Command-line arguments of `npm run bench`. */
import { parseArgs } from 'node:util';

/** Usage text, Chinese then English. */
export const USAGE = `用法：npm run bench -- --villages N [--townships M] [--bulletins K] [--heap MB] [--dir 目录] [--keep]
           [--no-plain] [--no-warm] [--no-sample] [--no-search] [--markdown] [--max-memory MB] [--runs R]

生成 N 个村（分布在 M 个乡镇）、K 篇通报以及产业、荣誉、数据的示例内容，完整构建网站，并在同一次运行中构建
一个页面数相同的普通 Astro + MDX 网站作对照，打印一张表：构建时间、Pagefind 时间、内存峰值、页面数、dist 大小、
各类页面首屏体积（gzip），以及修改一篇通报后的增量构建时间。另外构建本项目自带的示例内容（含照片）两次，
报告冷构建（空图片缓存）与热构建的时间；并在 Chromium 中统计首次搜索下载的字节数（示例站与生成的站各一次）。

  --villages N     村的数量（默认 600，一个县；45000 约为一个省）
  --townships M    乡镇数量（默认 N/30，向上取整）
  --bulletins K    通报数量（默认 N/5）
  --heap MB        Node 堆上限（NODE_OPTIONS=--max-old-space-size），默认按规模自动设定
  --dir 目录       工作目录（默认 /tmp/bench-N）
  --keep           保留工作目录（默认结束后删除，只留下 result.md 和日志）
  --no-plain       不构建对照网站
  --no-warm        不做增量构建（省时间，用于省级规模）
  --no-sample      不构建示例内容（不测照片的冷/热构建）
  --no-search      不在浏览器中测首次搜索的下载量（需要 /usr/bin/chromium）
  --markdown       村和通报写成 .md（纯 Markdown，Astro 在同步内容时渲染，不为每篇编译一个 MDX 模块）
  --max-memory MB  构建进程树的内存上限，超过即停止（默认 18432，免得整台机器内存耗尽）
  --runs R         两个网站轮流各冷构建 R 次（每次清空缓存），各取用时居中的一次（默认 1；比较倍数时建议 5）
  --area 代码      用国家统计局区划代码表里的真实地名：6 位县代码（如 410928 濮阳县）与对照网站一起测；
                   4 位市、2 位省代码按县分片生成（--jobs N 同时生成 N 个县），报告总用时、内存和改一个村后的发布用时；
                   本机内存够时，再把同样的村当作一个县在单一进程里生成一次作对照（--no-single 不做）
  -h, --help       显示本说明

Usage: npm run bench -- --villages N [--townships M] [--bulletins K] [--heap MB] [--dir DIR] [--keep] [--no-plain] [--no-warm] [--no-sample] [--no-search] [--markdown] [--max-memory MB] [--runs R]
Generates synthetic content, builds it and a plain Astro + MDX site with as many pages, and prints one table; also
builds the sample content with its photos cold and warm, and measures the bytes of a first search query.
`;

/** Parsed arguments. */
export interface BenchArgs {
  help: boolean;
  villages: number;
  townships: number;
  bulletins: number;
  heapMiB: number;
  dir: string;
  keep: boolean;
  plain: boolean;
  warm: boolean;
  /** Build the sample content/ with its photos, cold and warm. */
  sample: boolean;
  /** Measure a first search query's bytes in Chromium. */
  search: boolean;
  /** Villages and bulletins as .md instead of .mdx. */
  markdown: boolean;
  /** Memory limit of a build's process tree, MiB. */
  maxMemoryMiB: number;
  /** Cold builds of each site; the median one is reported. */
  runs: number;
  /** A real county of the official list (6-digit code) instead of generated names; cities and provinces: area-run.ts. */
  area: string | undefined;
}

/** A whole number ≥ `min` from an option, or an error naming the option. */
function whole(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new Error(`--${name} 应是不小于 ${min} 的整数，收到“${value}”（--${name} must be a whole number ≥ ${min}）`);
  }
  return number;
}

/** Parses the arguments; throws an Error with a Chinese-first message on a mistake. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      villages: { type: 'string' },
      townships: { type: 'string' },
      bulletins: { type: 'string' },
      heap: { type: 'string' },
      dir: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-plain': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      'no-sample': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      'max-memory': { type: 'string' },
      runs: { type: 'string' },
      area: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const villages = whole('villages', values.villages, 600);
  const townships = whole('townships', values.townships, Math.ceil(villages / 30));
  if (townships > villages)
    throw new Error(`乡镇数（${townships}）不能多于村数（${villages}）（more townships than villages）`);
  // About 1 GiB of heap per 3,000 pages, at least 4 GiB, at most 20 GiB (the machine has 24).
  const heapMiB = whole('heap', values.heap, Math.min(20_480, Math.max(4096, Math.ceil(villages / 3000) * 1024)), 256);
  return {
    help: values.help,
    villages,
    townships,
    bulletins: whole('bulletins', values.bulletins, Math.max(10, Math.round(villages / 5)), 0),
    heapMiB,
    dir: values.dir ?? `/tmp/bench-${villages}`,
    keep: values.keep,
    plain: !values['no-plain'],
    warm: !values['no-warm'],
    sample: !values['no-sample'],
    search: !values['no-search'],
    markdown: values.markdown,
    maxMemoryMiB: whole('max-memory', values['max-memory'], 18_432, 512),
    runs: whole('runs', values.runs, 1),
    area: values.area,
  };
}
