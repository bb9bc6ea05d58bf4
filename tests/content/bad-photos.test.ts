/**
 * Bad photos, the way they arrive from phones: each is reported by the checker that runs before every build,
 * naming the content file and the field, in Chinese. Missing file, text named .jpg and missing caption are in
 * bad-content.test.ts; here are the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentReport } from '../../src/validate/content-errors';
import { checkContent } from '../../src/validate';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../../src/validate/images';
import { type SampleProject, sampleProject } from './sample-project';

const TOWNSHIP = 'townships/wenliu.yaml';
const PHOTO = 'townships/wenliu/guanmo.jpg';
const VILLAGE = 'villages/qingzu/changzhai.mdx';

/** Points the township's second photo at another file name. */
const pointTo = (p: SampleProject, name: string) => p.edit(TOWNSHIP, (s) => s.replace('./wenliu/guanmo.jpg', name));

interface Case {
  mistake: string;
  breakIt: (project: SampleProject) => void | Promise<void>;
  file: string;
  field: string;
  says: string;
}

const CASES: Case[] = [
  {
    mistake: 'a photo larger than 20 MB',
    breakIt: (p) => {
      const jpeg = readFileSync(join(p.root, 'content', PHOTO));
      p.write(PHOTO, Buffer.concat([jpeg, Buffer.alloc(MAX_IMAGE_BYTES + 1 - jpeg.length)]));
    },
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '太大（20.0 MB，上限 20 MB）',
  },
  {
    mistake: 'a photo of more than 40 megapixels',
    breakIt: async (p) => {
      const [width, height] = [8000, Math.ceil(MAX_IMAGE_PIXELS / 8000) + 1];
      const png = await sharp({ create: { width, height, channels: 3, background: '#8a8' } })
        .png({ compressionLevel: 1 })
        .toBuffer();
      p.write('townships/wenliu/huge.png', png);
      pointTo(p, './wenliu/huge.png');
    },
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '像素过多（8000×5001，上限 4000 万像素）',
  },
  {
    mistake: 'a half-uploaded JPEG (header fine, data cut off)',
    breakIt: (p) => {
      const jpeg = readFileSync(join(p.root, 'content', PHOTO));
      p.write(PHOTO, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    },
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '不完整或已损坏',
  },
  {
    mistake: 'an iPhone HEIC photo',
    breakIt: (p) => {
      p.write('townships/wenliu/guanmo.heic', readFileSync(join(p.root, 'content', PHOTO)));
      pointTo(p, './wenliu/guanmo.heic');
    },
    file: TOWNSHIP,
    field: 'photos[1].file',
    says: '导出为 .jpg',
  },
  {
    mistake: 'a missing photo in a village page',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('./changzhai/feizhouju.jpg', './changzhai/feizhouju.JPG')),
    file: VILLAGE,
    field: 'photos[0].file',
    says: '找不到图片文件“./changzhai/feizhouju.JPG”',
  },
  {
    mistake: 'an empty caption',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('caption: 常寨非洲菊种植基地', 'caption: ""')),
    file: VILLAGE,
    field: 'photos[0].caption',
    says: '不能为空',
  },
  {
    mistake: 'a photo without a credit',
    breakIt: (p) => p.edit(VILLAGE, (s) => s.replace('    credit: 示意图（本站生成）\n', '')),
    file: VILLAGE,
    field: 'photos[0].credit',
    says: '缺少必填字段',
  },
];

describe('bad photos', () => {
  let project: SampleProject | undefined;
  afterEach(() => project?.remove());

  it.each(CASES)('$mistake → names $file and $field', async ({ breakIt, file, field, says }) => {
    project = sampleProject();
    await breakIt(project);
    const { errors } = await checkContent(project.root);
    const report = formatContentReport(errors);
    expect(errors.map((e) => `${e.file} › ${e.field}`)).toEqual([`content/${file} › ${field}`]);
    expect(report).toContain(says);
    expect(errors[0]!.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
