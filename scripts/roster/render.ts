/**
 * The text of the files `npm run roster` writes: content/roster/<township>.yaml (owned by the tool, rewritten on
 * every run) and a new content/townships/<slug>.yaml (written once, then staff's). Codes are quoted strings so
 * that YAML never reads them as numbers; one village a line keeps the file greppable and diffs small.
 */

/** One village of a roster file. */
export interface RosterVillage {
  /** 12-digit code. */
  code: string;
  /** Name as the list has it. */
  officialName: string;
  /** Everyday name. */
  name: string;
  /** Pinyin slug. */
  slug: string;
  /** True when the list no longer has it (kept in the file with a comment, see README › Roster). */
  gone?: boolean;
}

/** The content of one roster file. */
export interface RosterFile {
  /** Township slug (file name). */
  slug: string;
  /** 9-digit code. */
  code: string;
  /** Township everyday name, for the header comment. */
  name: string;
  /** Name as the list has it. */
  officialName: string;
  /** Where the list comes from. */
  source: string;
  /** Villages in code order. */
  villages: RosterVillage[];
}

/** A YAML scalar: plain when it starts with a Han character and holds only Han, letters, digits, brackets. */
function scalar(value: string): string {
  return /^\p{Script=Han}[\p{Script=Han}A-Za-z0-9·（）()-]*$/u.test(value) ? value : JSON.stringify(value);
}

/** The command that writes roster files, as the header comment names it. */
function rosterCommand(countyCode: string): string {
  return `npm run roster -- --from <区划代码表> --code ${countyCode}`;
}

/** The text of content/roster/<slug>.yaml. */
export function renderRoster(file: RosterFile): string {
  const listed = file.villages.filter((village) => !village.gone).length;
  const lines = [
    `# ${file.name}的村级单位名册：由 ${rosterCommand(file.code.slice(0, 6))} 生成，请不要手工修改，`,
    '# 重新运行该命令会覆盖本文件。村的资料写在 content/villages/<乡镇>/<拼音>.mdx，文件名就是这里的 slug。',
    `# 共 ${listed} 个村级单位（村委会、社区居委会），按区划代码排列。`,
    `code: '${file.code}'`,
    `officialName: ${scalar(file.officialName)}`,
    `source: ${scalar(file.source)}`,
    'villages:',
  ];
  for (const village of file.villages) {
    const row = `  - { code: '${village.code}', officialName: ${scalar(village.officialName)}, name: ${scalar(village.name)}, slug: ${village.slug} }`;
    lines.push(village.gone ? `${row} # 区划代码表里已没有这个单位：核实后可从名册删除` : row);
  }
  return `${lines.join('\n')}\n`;
}

/** The text of a new content/townships/<slug>.yaml: name and villageCount, the rest for staff to add. */
export function renderTownship(name: string, villageCount: number, countyCode: string): string {
  return [
    `# ${name}：由 ${rosterCommand(countyCode)} 根据区划代码表新建。`,
    '# 之后由工作人员维护，再次运行不会改动本文件。可以补充 secretary（党委书记）、summary（简介）、targets 等，',
    '# 字段说明见 README 和 content/townships/wenliu.yaml。',
    `name: ${scalar(name)}`,
    `villageCount: ${villageCount}`,
    '',
  ].join('\n');
}
