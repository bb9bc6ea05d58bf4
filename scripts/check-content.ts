/**
 * Checks content/ without building the site: `npm run check:content [-- <project dir>]`.
 * Prints every problem (file, field, what is wrong, how to fix it) and exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { formatContentReport } from '../src/validate/content-errors';
import { formatPlaceholders } from '../src/schema/placeholders';
import { checkContent } from '../src/validate';
import { contentPlaceholders } from '../src/validate/placeholders';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    '用法 (usage): npm run check:content [-- <项目目录，默认当前目录>]\n检查 content/ 下所有文件，不生成网站。',
  );
  process.exit(0);
}
const root = resolve(args[0] ?? '.');
const { errors, content } = await checkContent(root);
if (errors.length > 0) {
  console.error(formatContentReport(errors, 'check'));
  process.exit(1);
}
const placeholders = contentPlaceholders(root);
if (placeholders.length > 0) {
  console.warn(
    `注意：还有 ${placeholders.length} 处“待填写”，改好之前网站不会发布（placeholders left; npm run build will refuse）：\n` +
      formatPlaceholders(placeholders),
  );
}
console.log(
  `内容检查通过：${content.townships.length} 个乡镇、${content.villages.length} 个村、${content.bulletins.length} 篇通报、` +
    `${content.industries.length} 个产业、${content.honors.length} 项荣誉 (content check passed)`,
);
