/**
 * Photos through a real `astro build` of a copy of the project: a broken photo stops the build before anything is
 * published, naming the file and field; an image that bypasses astro:assets (here one in public/) is published
 * without its EXIF/GPS.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, expect, it } from 'vitest';
import { astroBuild, ROOT, withBuildLock } from '../support/build-site';
import { gpsEntries, imageFiles } from '../support/images';

let project = '';
afterEach(() => rmSync(project, { recursive: true, force: true }));

/**
 * A copy of the project in a temp folder; node_modules is linked. src/ is copied too: a linked src/ fails a
 * complete build (Astro's style modules are looked up under the linked path and the real one).
 */
function copyProject(): string {
  project = mkdtempSync(join(tmpdir(), 'chuangxing-photo-build-'));
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  return project;
}

it('a photo that is not really an image stops the build, names file and field, and publishes nothing', async () => {
  const root = copyProject();
  writeFileSync(join(root, 'content/townships/wenliu/guanmo.jpg'), 'not really a picture');
  const outDir = join(root, 'dist');

  const result = await withBuildLock(() => astroBuild({ root, outDir }));

  expect(result.status).not.toBe(0);
  expect(result.output).toContain('content/townships/wenliu.yaml › photos[1].file');
  expect(result.output).toContain('“./wenliu/guanmo.jpg”不是有效的图片文件');
  expect(existsSync(outDir) ? imageFiles(outDir) : []).toEqual([]);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

it('an image published as is (public/) loses its EXIF and GPS, with a warning naming it', async () => {
  const root = copyProject();
  const phonePhoto = readFileSync(join(ROOT, 'content/townships/wenliu/guanmo.jpg'));
  expect(gpsEntries((await sharp(phonePhoto).metadata()).exif!)).toBeGreaterThan(0);
  writeFileSync(join(root, 'public/phone-photo.jpg'), phonePhoto);
  const outDir = join(root, 'dist');

  const result = await withBuildLock(() => astroBuild({ root, outDir }));

  expect(result.status, result.output).toBe(0);
  expect(result.output).toMatch(/已去除 .*phone-photo\.jpg 中的 EXIF\/GPS/);
  const meta = await sharp(join(outDir, 'phone-photo.jpg')).metadata();
  expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
});
