/** Synthetic metrics (数据): one file per township and year, in the shape of the newspaper's figures. */
import { STAR_NAMES } from '../../src/schema/glossary';
import type { Named } from './names';
import { type ContentFile, toYaml } from './places';
import type { Random } from './random';

/** One metrics file per township for `year`: four series, as the reports give them. */
export function metricsFile(township: Named, year: number, random: Random): ContentFile {
  const n = (low: number, high: number) => random.int(low, high);
  const series = [
    {
      id: 'disputes-status',
      name: '矛盾纠纷化解情况',
      unit: '起',
      star: STAR_NAMES[3],
      items: [
        { label: '排查发现', value: n(100, 300) },
        { label: '已化解', value: n(80, 100) },
        { label: '正在调解', value: n(0, 9) },
      ],
    },
    {
      id: 'household-links',
      name: '党员联户',
      unit: '人/次',
      star: STAR_NAMES[0],
      items: [
        { label: '持联户手册党员（人）', value: n(300, 1500) },
        { label: '入户走访（次）', value: `${n(10, 80) * 100}+` },
      ],
    },
    {
      id: 'ecology-works',
      name: '人居环境整治',
      unit: '处',
      star: STAR_NAMES[2],
      items: [
        { label: '平整闲置宅基地', value: `${n(50, 400)}+` },
        { label: '整治废旧坑塘', value: `${n(20, 150)}+` },
      ],
    },
    {
      id: 'training',
      name: '学习培训',
      unit: '次',
      star: STAR_NAMES[0],
      items: [
        { label: '集中学习', value: n(10, 40) },
        { label: '推进会', value: `${n(10, 40)}+` },
        { label: '考试', value: n(2, 8) },
      ],
    },
  ];
  return [
    `content/metrics/${township.slug}-${year}.yaml`,
    toYaml({ township: township.slug, year, source: '示例数据（基准测试生成）', series, sample: true }),
  ];
}
