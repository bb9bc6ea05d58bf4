/**
 * Generates the sample illustrations (示意图) for the photo captions in the facts file: no real photographs are
 * available, so each is a drawn placeholder that says it is one. Like a phone, the generator writes EXIF (camera,
 * time, GPS position) and XMP into every file, so the build tests can prove that no published image keeps them.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const HELP = `用法：npm run sample-images [-- --force]
为 content/ 中的示例图片生成示意图（JPEG，带有模拟手机写入的 EXIF/GPS/XMP 元数据）。
  --force   覆盖已存在的图片
  --help    显示本说明`;

/** Each illustration: path under content/, the caption exactly as in the facts file, and a hue for its sky. */
const IMAGES: { path: string; caption: string; hue: number }[] = [
  { path: 'townships/wenliu/diaoyan.jpg', caption: '县委书记周东柯到文留镇调研“五星”支部创建工作', hue: 210 },
  { path: 'townships/wenliu/guanmo.jpg', caption: '“五星”支部创建观摩学习', hue: 190 },
  { path: 'townships/qingzu/chikui.jpg', caption: '“吃亏精神”发源地', hue: 20 },
  { path: 'townships/qingzu/shipin-yuanqu.jpg', caption: '日趋规模的食品加工专业园区', hue: 40 },
  { path: 'townships/qingzu/zhihui-nongye.jpg', caption: '庆祖镇智慧农业', hue: 120 },
  { path: 'villages/qingzu/dongtaishang/guangchang.jpg', caption: '东台上村打造美丽广场', hue: 160 },
  { path: 'villages/qingzu/changzhai/feizhouju.jpg', caption: '常寨非洲菊种植基地', hue: 330 },
  { path: 'villages/qingzu/xixinzhuang/wenmingcun.jpg', caption: '全国文明村——西辛庄村', hue: 0 },
  { path: 'villages/qingzu/houzhengzhai/cunmao.jpg', caption: '后郑寨', hue: 90 },
];

const WIDTH = 1600;
const HEIGHT = 1200;

/** SVG of one illustration: sky, fields, houses, and the caption with the label 示意图. */
function illustration(caption: string, hue: number): string {
  const label = `${caption}（示意图）`;
  const fontSize = Math.min(72, Math.floor((WIDTH - 120) / label.length));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},60%,75%)"/><stop offset="1" stop-color="hsl(${hue},50%,92%)"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <path d="M0 760 Q400 660 800 740 T1600 720 V1200 H0Z" fill="hsl(${(hue + 90) % 360},45%,45%)"/>
  <path d="M0 880 Q500 800 1000 880 T1600 860 V1200 H0Z" fill="hsl(${(hue + 100) % 360},40%,35%)"/>
  <g fill="#f4efe6" stroke="#6b4f3a" stroke-width="6">
    <rect x="300" y="600" width="220" height="160"/><path d="M280 610 L410 500 L540 610Z" fill="#b5463c"/>
    <rect x="1080" y="580" width="260" height="180"/><path d="M1060 590 L1210 470 L1360 590Z" fill="#b5463c"/>
  </g>
  <rect x="0" y="1010" width="${WIDTH}" height="190" fill="rgba(0,0,0,0.55)"/>
  <text x="800" y="${1105 + fontSize / 3}" font-family="Noto Sans CJK SC, sans-serif" font-size="${fontSize}" fill="#fff" text-anchor="middle">${label}</text>
</svg>`;
}

/** Degrees as an EXIF rational triple (degrees, minutes, hundredths of seconds). */
function rational(degrees: number): string {
  const minutes = (degrees % 1) * 60;
  return `${Math.floor(degrees)}/1 ${Math.floor(minutes)}/1 ${Math.round((minutes % 1) * 6000)}/100`;
}

/** What a phone writes: camera, time and a GPS position near 濮阳县 (made up, different per image). */
function phoneExif(index: number) {
  const latitude = 35.7 + index * 0.01;
  const longitude = 115.02 + index * 0.01;
  return {
    IFD0: { Make: 'SamplePhone', Model: 'Sample 1', Software: 'chuangxing make-sample-images', Orientation: '1' },
    IFD2: { DateTimeOriginal: `2023:06:0${1 + (index % 9)} 09:30:00` },
    IFD3: {
      GPSLatitudeRef: 'N',
      GPSLatitude: rational(latitude),
      GPSLongitudeRef: 'E',
      GPSLongitude: rational(longitude),
    },
  };
}

/** XMP packet with the same GPS position, as some phone apps add. */
function phoneXmp(index: number): string {
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="35,${42 + index},0N" exif:GPSLongitude="115,${1 + index},0E"/>
</rdf:RDF></x:xmpmeta>`;
}

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const force = process.argv.includes('--force');
for (const [index, { path, caption, hue }] of IMAGES.entries()) {
  const target = join('content', path);
  if (existsSync(target) && !force) continue;
  mkdirSync(dirname(target), { recursive: true });
  await sharp(Buffer.from(illustration(caption, hue)))
    .withExif(phoneExif(index))
    .withXmp(phoneXmp(index))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  console.log(`已生成 ${target}`);
}
