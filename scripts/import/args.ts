/**
 * Command-line arguments of `npm run import`: parsing, and the usage text. Errors are thrown as `UsageError`
 * with a Chinese-first message naming the argument and how to fix it.
 */

/** Usage text printed by `--help`, Chinese then English. */
export const USAGE = `用法：npm run import -- <文件.txt> [--township <乡镇拼音>] [--date YYYY-MM-DD] [--out <路径.mdx>] [--root <项目目录>]

把报纸 PDF 复制出来的文字整理成一篇通报（bulletin）草稿：合并粗体造成的重复字形（““五星””→“五星”），
删除汉字之间多余的空格，把断开的句子接回段落，识别小标题（## ），收集图片说明，并尽量填好字段。

  <文件.txt>              要导入的文字文件（UTF-8 编码）
  --township <拼音>       文章所属乡镇，如 wenliu；不写时根据正文里的乡镇名称识别
  --date YYYY-MM-DD       见报日期，如 2023-06-01；不写时用今天的日期
  --out <路径.mdx>        草稿写到哪里；默认 content/bulletins/<日期>-<乡镇>-<标题拼音>.mdx
  --root <项目目录>       项目目录（含 content/），默认本项目
  -h, --help              显示本说明

已存在的文件不会被覆盖。写好后请核对草稿里带“请核对”的字段，再运行 npm run check:content。

Usage: npm run import -- <file.txt> [--township <slug>] [--date YYYY-MM-DD] [--out <path.mdx>] [--root <dir>]

Turns newspaper text as PDF extraction delivers it into a bulletin MDX draft: collapses glyphs doubled by bold
type, removes stray spaces, joins broken lines into paragraphs, detects headings, gathers photo captions and
infers the frontmatter it can. --township defaults to the township named in the text, --date to today, --out to
content/bulletins/<date>-<township>-<pinyin>.mdx. Never overwrites an existing file.
`;

/** Parsed arguments. */
export interface ImportArgs {
  /** True when help was asked for (other arguments are then ignored). */
  help: boolean;
  /** The text file to import. */
  file?: string;
  /** `--township`. */
  township?: string;
  /** `--date`. */
  date?: string;
  /** `--out`. */
  out?: string;
  /** `--root`. */
  root?: string;
}

/** A mistake in the command line; the message is for the person who typed it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = ['township', 'date', 'out', 'root'] as const;
type OptionName = (typeof OPTIONS)[number];

/** True when `name` is one of the options that take a value. */
function isOption(name: string): name is OptionName {
  return (OPTIONS as readonly string[]).includes(name);
}

/** Parses `npm run import` arguments (`--name value` or `--name=value`); throws `UsageError` on a mistake. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: ImportArgs = { help: argv.includes('--help') || argv.includes('-h') };
  if (args.help) return args;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.split(/=(.*)/su, 2);
    const name = flag.replace(/^--?/u, '');
    if (!flag.startsWith('--') || !isOption(name)) {
      throw new UsageError(
        `未知选项 ${flag}。可用选项：--township、--date、--out、--root、--help（unknown option ${flag}）`,
      );
    }
    const value = inline ?? argv[(index += 1)];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`选项 --${name} 后面缺少值，例如 ${EXAMPLES[name]}（option --${name} needs a value）`);
    }
    if (args[name] !== undefined) {
      throw new UsageError(`选项 --${name} 写了两次，只能写一次（option --${name} given twice）`);
    }
    args[name] = value;
  }
  const [file, ...extra] = files;
  if (file === undefined) {
    throw new UsageError('缺少要导入的文字文件，例如 npm run import -- 文章.txt（missing the text file; see --help）');
  }
  if (extra.length > 0) {
    throw new UsageError(`一次只能导入一个文件，收到了 ${files.length} 个：${files.join('、')}（one file at a time）`);
  }
  return { ...args, file };
}

/** An example of each option, for error messages. */
const EXAMPLES: Record<OptionName, string> = {
  township: '--township wenliu',
  date: '--date 2023-06-01',
  out: '--out content/bulletins/2023-06-01-wenliu-chuangxing.mdx',
  root: '--root .',
};
