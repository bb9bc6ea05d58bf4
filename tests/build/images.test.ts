/**
 * Published images: none carries EXIF, GPS, XMP or IPTC (the sample JPEGs do, as phone photos would); no original
 * upload is published; galleries serve AVIF and WebP with a JPEG fallback at several widths; every `<img>` has
 * alt text and a size; thumbnails link to a full-size JPEG made by the build.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT, TEST_BUILDS } from '../support/build-site';
import { gpsEntries, imageFiles, tags } from '../support/images';

const PHOTOS_IN_SAMPLE = 9;
/** Byte strings that mark metadata blocks, and the fake camera the sample generator writes. */
const MARKERS = [
  'Exif',
  'http://ns.adobe.com/xap/1.0/',
  'xmpmeta',
  'Photoshop 3.0',
  'SamplePhone',
  'make-sample-images',
];

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const sources = imageFiles(join(ROOT, 'content'));

describe('the sample photos carry metadata like a phone’s (so the checks below can fail)', () => {
  it.each(sources.map((file) => file.slice(ROOT.length + 1)))('%s has EXIF with GPS and XMP', async (file) => {
    const meta = await sharp(join(ROOT, file)).metadata();
    expect(meta.exif).toBeDefined();
    expect(gpsEntries(meta.exif!)).toBeGreaterThanOrEqual(4);
    expect(meta.xmp).toBeDefined();
  });
});

describe.each(Object.entries(TEST_BUILDS))('published images (%s build)', (_name, { outDir }) => {
  const published = imageFiles(outDir);

  it('has every photo at several sizes', () => {
    expect(published.length).toBeGreaterThanOrEqual(PHOTOS_IN_SAMPLE * 12);
  });

  it('carries no EXIF, GPS, XMP or IPTC', async () => {
    for (const file of published) {
      const meta = await sharp(file).metadata();
      expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }, file).toStrictEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
      const bytes = readFileSync(file).toString('latin1');
      expect(
        MARKERS.filter((marker) => bytes.includes(marker)),
        file,
      ).toEqual([]);
    }
  });

  it('never publishes an original upload', () => {
    const originals = new Set(sources.map(sha));
    expect(published.filter((file) => originals.has(sha(file)))).toEqual([]);
  });
});

describe('gallery markup (root build)', () => {
  const dist = TEST_BUILDS.root.outDir;
  const html = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');

  it('every <img> on every page has alt text, width and height', () => {
    for (const page of globSync('**/*.html', { cwd: dist })) {
      for (const img of tags(readFileSync(join(dist, page), 'utf8'), 'img')) {
        expect(img['alt']?.trim(), `${page}: ${JSON.stringify(img)}`).toBeTruthy();
        expect(Number(img['width']), page).toBeGreaterThan(0);
        expect(Number(img['height']), page).toBeGreaterThan(0);
      }
    }
  });

  it.each(['photos', 'photos/by-date'])(
    '/%s/ shows every photo with AVIF and WebP sources and a JPEG fallback',
    (page) => {
      const text = html(page);
      const sourcesByType = tags(text, 'source');
      const avif = sourcesByType.filter((s) => s['type'] === 'image/avif');
      const webp = sourcesByType.filter((s) => s['type'] === 'image/webp');
      const imgs = tags(text, 'img');
      expect(imgs).toHaveLength(PHOTOS_IN_SAMPLE);
      expect(avif).toHaveLength(PHOTOS_IN_SAMPLE);
      expect(webp).toHaveLength(PHOTOS_IN_SAMPLE);
      for (const tag of [...avif, ...webp, ...imgs]) expect(tag['srcset']).toMatch(/ 360w, .+ 540w, .+ 720w$/);
      expect(imgs.every((img) => /\.jpg$/.test(img['src']!))).toBe(true);
    },
  );

  it('loads the first photo of a page first and the rest lazily', () => {
    const imgs = tags(html('townships/qingzu'), 'img');
    expect(imgs[0]).toMatchObject({ loading: 'eager', fetchpriority: 'high' });
    for (const img of imgs.slice(1)) expect(img).toMatchObject({ loading: 'lazy', decoding: 'async' });
  });

  it('links each thumbnail to a full-size JPEG of at most 1600 px made by the build', async () => {
    const links = tags(html('photos'), 'a').filter((a) => 'data-photo' in a);
    expect(links).toHaveLength(PHOTOS_IN_SAMPLE);
    for (const link of links) {
      const meta = await sharp(join(dist, link['href']!)).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([Number(link['data-width']), Number(link['data-height'])]);
      expect(meta.width).toBeLessThanOrEqual(1600);
      expect(link['data-webp']).toMatch(/\.webp 960w, .+\.webp 1600w$/);
    }
  });

  it('shows 示意图 on illustrative photos and ships the lightbox only where there is a gallery', () => {
    expect(html('villages/qingzu/changzhai')).toContain('常寨非洲菊种植基地（示意图）');
    expect(html('villages/qingzu/changzhai')).toContain('data-lightbox');
    expect(html('villages/wenliu/renzhuang')).not.toContain('data-lightbox');
  });
});
