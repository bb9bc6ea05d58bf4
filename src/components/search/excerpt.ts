/**
 * Pagefind's excerpts, made readable in Chinese: Pagefind joins the text of separate blocks (a heading and the
 * paragraph after it, list items) with an English full stop and space (`五星支部. 文留镇`); between Chinese text
 * that becomes a Chinese full stop, after a number before Chinese a space; repeated separators collapse. The
 * `<mark>` highlights are kept.
 */

/** A Chinese character or closing punctuation, before an English separator. */
const SEPARATOR = /([\u3400-\u9fff\uf900-\ufaff\u3001-\u3011\uff01-\uff1f）」』”])(?:<\/mark>)?\.(?:\s+|$)/gu;

/** The excerpt HTML with Pagefind's `. ` block separators after Chinese text replaced by `。`. */
export function cleanExcerpt(html: string): string {
  return (
    html
      .replace(SEPARATOR, (match, before: string) => {
        const mark = match.includes('</mark>') ? '</mark>' : '';
        return /[。！？；，、：]/u.test(before) ? `${before}${mark}` : `${before}${mark}。`;
      })
      .replace(/。{2,}/gu, '。')
      // A separator after a number or a Latin word (a table cell: 胡家庄村 1. 四星支部) before Chinese: a space.
      .replace(/\.\s+(?=<mark>|[\u3400-\u9fff])/gu, ' ')
  );
}
