/** Pages for the plain baseline, made from the same generated text as the site under test. */
import yaml from 'js-yaml';
import type { ContentFile } from './places';
import type { PlainPage } from './plain';

/** An MDX content file as a plain page: its name or title, summary and body. */
export function toPlainPage([, text]: ContentFile): PlainPage | undefined {
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/u.exec(text);
  if (!match) return undefined;
  const data = yaml.load(match[1]!) as { name?: string; title?: string; summary?: string };
  return { title: data.title ?? data.name ?? '', summary: data.summary ?? '', body: match[2]!.trim() };
}

/** `count` plain pages from the MDX files of `files` (`makeFiles` is called again to cycle when it runs out). */
export function* plainPages(makeFiles: () => Iterable<ContentFile>, count: number): Generator<PlainPage> {
  let made = 0;
  for (let round = 1; made < count; round += 1) {
    let found = false;
    for (const file of makeFiles()) {
      if (!/\.mdx?$/u.test(file[0])) continue;
      const page = toPlainPage(file);
      if (!page) continue;
      found = true;
      yield round === 1 ? page : { ...page, title: `${page.title}（${round}）` };
      if ((made += 1) >= count) return;
    }
    if (!found) return;
  }
}
