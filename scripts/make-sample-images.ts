/**
 * Generates the sample illustrations (示意图) for the photo captions in the facts file: no real photographs are
 * available, so each is a drawn placeholder that says it is one. Usage: `npm run sample-images [-- --force]`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/** Each illustration: path under content/, caption, and a hue for its sky. */
const IMAGES: { path: string; caption: string; hue: number }[] = [
  { path: 'townships/wenliu/diaoyan.jpg', caption: '县委书记到文留镇调研', hue: 210 },
  { path: 'townships/wenliu/guanmo.jpg', caption: '“五星”支部创建观摩学习', hue: 190 },
  { path: 'townships/qingzu/chikui.jpg', caption: '“吃亏精神”发源地', hue: 20 },
  { path: 'townships/qingzu/shipin-yuanqu.jpg', caption: '食品加工专业园区', hue: 40 },
  { path: 'townships/qingzu/zhihui-nongye.jpg', caption: '庆祖镇智慧农业', hue: 120 },
  { path: 'villages/qingzu/dongtaishang/guangchang.jpg', caption: '东台上村美丽广场', hue: 160 },
  { path: 'villages/qingzu/changzhai/feizhouju.jpg', caption: '常寨非洲菊种植基地', hue: 330 },
  { path: 'villages/qingzu/xixinzhuang/wenmingcun.jpg', caption: '全国文明村——西辛庄村', hue: 0 },
  { path: 'villages/qingzu/houzhengzhai/cunmao.jpg', caption: '后郑寨', hue: 90 },
];

/** SVG of one illustration: sky, fields, houses, and the label 示意图. */
function illustration(caption: string, hue: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},60%,75%)"/><stop offset="1" stop-color="hsl(${hue},50%,92%)"/></linearGradient></defs>
  <rect width="1600" height="1200" fill="url(#sky)"/>
  <path d="M0 760 Q400 660 800 740 T1600 720 V1200 H0Z" fill="hsl(${(hue + 90) % 360},45%,45%)"/>
  <path d="M0 880 Q500 800 1000 880 T1600 860 V1200 H0Z" fill="hsl(${(hue + 100) % 360},40%,35%)"/>
  <g fill="#f4efe6" stroke="#6b4f3a" stroke-width="6">
    <rect x="300" y="600" width="220" height="160"/><path d="M280 610 L410 500 L540 610Z" fill="#b5463c"/>
    <rect x="1080" y="580" width="260" height="180"/><path d="M1060 590 L1210 470 L1360 590Z" fill="#b5463c"/>
  </g>
  <rect x="0" y="1010" width="1600" height="190" fill="rgba(0,0,0,0.55)"/>
  <text x="800" y="1125" font-family="Noto Sans CJK SC, sans-serif" font-size="72" fill="#fff" text-anchor="middle">${caption}（示意图）</text>
</svg>`;
}

const force = process.argv.includes('--force');
for (const { path, caption, hue } of IMAGES) {
  const target = join('content', path);
  if (existsSync(target) && !force) continue;
  mkdirSync(dirname(target), { recursive: true });
  await sharp(Buffer.from(illustration(caption, hue)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  console.log(`已生成 ${target}`);
}
