/**
 * The real input: text extracted from the newspaper page on 文留镇 (read-only fixture in ../shared). The assertions
 * are properties any clean draft must have, plus the facts of this page (its captions and headings).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../scripts/import/newspaper/draft';
import { endsSentence, startsWithContinuation } from '../../../scripts/import/newspaper/glyphs';
import { bulletinSchema } from '../../../src/schema/collections';

const FIXTURE = new URL('../../../../shared/fixtures/newspaper/wenliu-2023.txt', import.meta.url);
const raw = readFileSync(FIXTURE, 'utf8');
const result = importArticle(raw, {
  sourceFile: 'wenliu-2023.txt',
  date: '2023-06-01',
  dateGiven: true,
  knownTownships: [
    { id: 'wenliu', names: ['文留镇'] },
    { id: 'qingzu', names: ['庆祖镇'] },
  ],
  knownVillages: [
    { id: 'wenliu/hujiazhuang', names: ['胡家庄村'] },
    { id: 'wenliu/qizhuang', names: ['齐庄村'] },
  ],
});
const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(result.mdx) ?? [];
const paragraphs = result.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
const headings = result.blocks.filter((block) => block.type === 'heading').map((block) => block.text);
const CHINESE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';

describe('importing the 文留镇 newspaper page', () => {
  it('leaves no doubled punctuation or circled number anywhere in the draft', () => {
    expect(result.mdx).not.toMatch(/([。，、；：？！“”‘’（）《》①-⑳])\1/u);
    expect(result.stats.doubledGlyphs).toBe(8);
  });

  it('leaves no space between two Chinese glyphs, nor around Chinese punctuation', () => {
    const space = '[ \\t\\u3000\\u00a0]';
    expect(body).not.toMatch(new RegExp(`[${CHINESE}]${space}+[${CHINESE}]`, 'u'));
    expect(body).not.toMatch(new RegExp(`${space}[，。、；：？！”’）]|[“‘（]${space}`, 'u'));
    expect(body).toContain('该镇 62 个行政村的党支部书记');
  });

  it('ends every paragraph with a sentence and starts none with a continuation', () => {
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      expect(endsSentence(paragraph), paragraph).toBe(true);
      expect(startsWithContinuation(paragraph), paragraph).toBe(false);
    }
  });

  it('keeps every Chinese character of the text, in order, apart from the captions', () => {
    const han = (text: string) => text.match(/\p{Script=Han}/gu)?.join('') ?? '';
    const source = raw
      .split('\n')
      .filter((line) => !/^\s*[①②]/u.test(line))
      .join('\n');
    expect(han(result.blocks.map((block) => block.text).join(''))).toBe(han(source));
  });

  it('gathers the two photo captions and takes them out of the body', () => {
    expect(result.captions).toEqual([
      { number: 1, text: '县委书记周东柯到文留镇调研“五星”支部创建工作。' },
      { number: 2, text: '“五星”支部创建观摩学习。' },
    ]);
    expect(body).not.toContain('周东柯');
    expect(frontmatter).toContain('#     caption: "县委书记周东柯到文留镇调研“五星”支部创建工作。"');
  });

  it('finds the three section headings', () => {
    expect(headings).toEqual([
      '党建引领凝聚合力下活“一盘棋”',
      '靶向发力“五星”创建奏响“主旋律”',
      '督导问效“把脉开方”实现好质效',
    ]);
    expect(body).toContain('\n## 靶向发力“五星”创建奏响“主旋律”\n');
  });

  it('warns that the last section lost its text (the columns came out of order)', () => {
    expect(result.warnings).toEqual([{ kind: 'empty-section', heading: '督导问效“把脉开方”实现好质效' }]);
  });

  it('writes frontmatter the bulletin schema accepts, with the inferred fields', () => {
    const data = parseYaml(frontmatter) as Record<string, unknown>;
    expect(bulletinSchema(() => z.string()).safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      title: '党建引领凝聚合力下活“一盘棋”',
      kind: '典型案例',
      townships: ['wenliu'],
      villages: ['wenliu/qizhuang', 'wenliu/hujiazhuang'],
      sample: false,
    });
    expect([...String(data['summary'])].length).toBeLessThanOrEqual(120);
    expect(data['summary']).toBe(
      '争创“五星”支部，补齐短板弱项是关键。文留镇通过周通报、月评比、季观摩，常态化“问诊”，逐项对标、逐个补短。',
    );
    expect(result.fileName).toBe('2023-06-01-wenliu-dangjian-yinling-ningju-heli.mdx');
  });

  it('writes a body that compiles as MDX', () => {
    expect(() => mdxToMdast(result.mdx)).not.toThrow();
  });
});
