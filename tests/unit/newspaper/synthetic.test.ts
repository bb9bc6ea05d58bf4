import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../scripts/import/newspaper/draft';
import { type CleanArticle, damage } from './damage';

/** A different article from the fixture (another township, other wording), written in the house style. */
const ARTICLE: CleanArticle = {
  headline: '庆祖镇：导师帮带促争星晋位',
  blocks: [
    {
      type: 'paragraph',
      text: '近日，庆祖镇召开“五星”支部创建推进会，全镇 54 个村的党支部书记参加会议。会上，6 个村作了交流发言。',
    },
    {
      type: 'paragraph',
      text: '“我们村去年创成了‘四星’支部，今年要冲刺‘五星’！”常寨村党支部书记说。各村你追我赶，人人都想争先。',
    },
    { type: 'heading', text: '书记领航压实责任' },
    {
      type: 'paragraph',
      text: '庆祖镇把“五星”支部创建作为“一把手工程”，制定 30 条创建标准和 200 余条实施细则，签订目标责任书，建立创建台账，做到常常抓、天天抓。',
    },
    {
      type: 'paragraph',
      text: '镇党委督导组每周实地督导，形成问题清单—反馈整改—再督导的闭环；每 2 个月开展一次“动态评星”，评星结果张榜公布。',
    },
    { type: 'heading', text: '产业兴旺群众增收' },
    {
      type: 'paragraph',
      text: '该镇发展非洲菊、食用菌等特色产业，带动 1200 余户群众增收，村集体经济收入平均增加 15.5 万元，三星以上村占比达到 75% 的目标。',
    },
    { type: 'paragraph', text: '今年以来，全镇开展技能培训 20 场次，受益群众 3000 余人次，群众满意度明显提升。' },
  ],
  captions: ['常寨村非洲菊种植基地。', '庆祖镇召开“五星”支部创建推进会。', '导师帮带现场会。'],
  credit: '李明',
};

const OPTIONS = {
  sourceFile: 'synthetic.txt',
  date: '2023-07-01',
  dateGiven: true,
  knownTownships: [
    { id: 'qingzu', names: ['庆祖镇'] },
    { id: 'wenliu', names: ['文留镇'] },
  ],
  knownVillages: [{ id: 'qingzu/changzhai', names: ['常寨村'] }],
};

describe('an unseen article with the same artifacts comes back clean', () => {
  // Many column widths and seeds: the rules must hold wherever the breaks, spaces and captions fall.
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const cases = [8, 10, 12, 13, 15, 17, 20, 24, 30].flatMap((width) => seeds.map((seed) => ({ width, seed })));

  it.each(cases)('column width $width, seed $seed', ({ width, seed }) => {
    const raw = damage(ARTICLE, width, seed);
    const result = importArticle(raw, OPTIONS);
    expect(result.fields.title, raw).toBe(ARTICLE.headline);
    expect(result.blocks, raw).toEqual(ARTICLE.blocks);
    expect(result.captions, raw).toEqual(
      ARTICLE.captions.map((text, index) => ({ number: index + 1, text, credit: `本报记者 ${ARTICLE.credit}` })),
    );
    expect(result.fields.townships).toEqual(['qingzu']);
    expect(result.fields.villages).toEqual(['qingzu/changzhai']);
    expect(result.warnings).toEqual([]);
  });
});
