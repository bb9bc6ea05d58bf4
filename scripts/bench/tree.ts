/**
 * A synthetic province or city content tree (README › Province): content/site.yaml and one county folder per
 * county in content/counties/<slug>/, each a synthetic county (content.ts) under the county's own name and code.
 */
import { syntheticContent } from './content';
import { type ContentFile, toYaml } from './places';

/** One county of the tree. */
export interface TreeCounty {
  slug: string;
  name: string;
  /** 6-digit code; its first four digits are its city's. */
  code: string;
  city: string;
  villages: number;
  townships: number;
  bulletins: number;
}

/** The site: a province (2-digit code) or city (4-digit). */
export interface TreeSite {
  level: 'province' | 'city';
  name: string;
  code: string;
  cities: { code: string; name: string }[];
}

/** Every file of the tree; `seed` makes each county's content differ. */
export function* syntheticTree(site: TreeSite, counties: readonly TreeCounty[], seed = 2023): Generator<ContentFile> {
  yield [
    'content/site.yaml',
    toYaml({ ...site, description: `${site.name}“五星”支部创建示例网站：本站数据为基准测试生成的示例数据。` }),
  ];
  for (const [index, county] of counties.entries()) {
    const prefix = `content/counties/${county.slug}/`;
    const files = syntheticContent({ ...county, seed: seed + index });
    for (const [path, text] of files) {
      const inside = path.replace(/^content\//u, prefix);
      if (path !== 'content/county.yaml') {
        yield [inside, text];
        continue;
      }
      yield [
        inside,
        toYaml({
          name: county.name,
          city: county.city,
          province: site.level === 'province' ? site.name : '河南省',
          description: `${county.name}“五星”支部创建：本站数据为基准测试生成的示例数据。`,
          currentYear: 2023,
          code: county.code,
        }),
      ];
    }
  }
}
