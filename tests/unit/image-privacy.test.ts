/** The post-build safety net: images that bypassed astro:assets lose their EXIF/GPS/XMP; clean images are untouched. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { stripImageMetadata } from '../../src/integrations/image-privacy';

const dir = mkdtempSync(join(tmpdir(), 'chuangxing-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PHONE_EXIF = {
  IFD0: { Make: 'SamplePhone' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 42/1 0/1' },
};
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>';
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#4a8' } });

it('strips EXIF, GPS and XMP from images that carry them, keeps them upright, and leaves clean ones alone', async () => {
  mkdirSync(join(dir, '_astro'));
  writeFileSync(
    join(dir, '_astro/original.jpg'),
    await picture(40, 30).withMetadata({ orientation: 6 }).withExif(PHONE_EXIF).jpeg().toBuffer(),
  );
  writeFileSync(join(dir, 'logo.webp'), await picture(20, 20).withXmp(XMP).webp().toBuffer());
  const clean = await picture(10, 10).png().toBuffer();
  writeFileSync(join(dir, 'clean.png'), clean);

  const stripped = await stripImageMetadata(dir);

  expect(stripped.map((file) => file.slice(dir.length + 1)).sort()).toEqual(['_astro/original.jpg', 'logo.webp']);
  for (const file of stripped) {
    const meta = await sharp(file).metadata();
    expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
    expect(readFileSync(file).toString('latin1')).not.toContain('SamplePhone');
  }
  // Orientation 6 means "turn 90° clockwise to view": the rewritten image is upright, 30 × 40.
  const original = await sharp(join(dir, '_astro/original.jpg')).metadata();
  expect([original.format, original.width, original.height]).toEqual(['jpeg', 30, 40]);
  expect(readFileSync(join(dir, 'clean.png'))).toEqual(clean);
});
