/**
 * The share card: the picture a chat app shows beside a link to a page without a photo of its own (og:image).
 * Drawn as SVG here and made into a PNG at build time (shareCardPng, sharp; src/pages/share-card.png.ts); no outside service.
 */
import sharp from 'sharp';

/** Size of the card in pixels: the 1.91:1 Open Graph format most apps crop to. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Text safe inside SVG markup. */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (char) => `&#${char.codePointAt(0)};`);
}

/**
 * The card as SVG: a red field with the campaign's star, the site's name and a second line (the county). The text
 * uses Noto Sans CJK (Debian's fonts-noto-cjk), which the build machine needs for Chinese to render.
 */
export function shareCardSvg(title: string, subtitle: string): string {
  const { width, height } = SHARE_CARD;
  const star = 'M0 -90 L21 -29 L86 -28 L34 11 L53 73 L0 36 L-53 73 L-34 11 L-86 -28 L-21 -29 Z';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#b3261e"/>
  <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="#f6d98b" stroke-width="6"/>
  <path d="${star}" transform="translate(600 210)" fill="#f6d98b"/>
  <text x="600" y="410" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"
    font-size="84" font-weight="700" fill="#ffffff">${escapeXml(title)}</text>
  <text x="600" y="500" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"
    font-size="44" fill="#fdeeee">${escapeXml(subtitle)}</text>
</svg>`;
}

/** The share card as a PNG (sharp, at build time): the response body of a `share-card.png` route. */
export async function shareCardPng(title: string, subtitle: string): Promise<Uint8Array<ArrayBuffer>> {
  const svg = shareCardSvg(title, subtitle);
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer());
}
