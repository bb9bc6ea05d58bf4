/**
 * A small synthetic county for the name directory's tests: two townships with rosters (one village with a
 * profile, namesakes in both townships, 西辛庄村 and 辛庄村), a third known only from its roster, secretaries,
 * an industry and honors.
 */
import type { DirectoryContent } from '../../../src/lib/search/names/directory';

const village = (code: string, name: string, slug: string) => ({ officialName: `${name}委会`, name, slug, code });

/** The content. */
export const COUNTY: DirectoryContent = {
  townships: [
    { id: 'wenliu', data: { name: '文留镇', secretary: '刘树月' } },
    { id: 'ziyan', data: { name: '子岸镇', secretary: '王建国', quote: { by: '王建国' } } },
  ],
  roster: [
    {
      id: 'wenliu',
      data: {
        officialName: '濮阳县文留镇',
        villages: [
          village('410928102201', '胡家庄村', 'hujiazhuang'),
          village('410928102202', '胡家寨村', 'hujiazhai'),
          village('410928102203', '张寨村', 'zhangzhai'),
          village('410928102204', '西辛庄村', 'xixinzhuang'),
          village('410928102205', '单家庄村', 'shanjiazhuang'),
        ],
      },
    },
    {
      id: 'ziyan',
      data: {
        officialName: '濮阳县子岸镇',
        villages: [village('410928109201', '张寨村', 'zhangzhai'), village('410928109202', '辛庄村', 'xinzhuang')],
      },
    },
    {
      id: 'liangzhuang',
      data: { officialName: '濮阳县梁庄镇', villages: [village('410928112201', '张寨村', 'zhangzhai')] },
    },
  ],
  villages: [{ id: 'wenliu/hujiazhuang', data: { name: '胡家庄村', township: 'wenliu', secretary: '胡庆民' } }],
  industries: [{ id: 'sigua', data: { name: '丝瓜', townships: ['wenliu'] } }],
  honors: [
    { data: { title: '全国文明村', recipient: { village: 'wenliu/xixinzhuang' } } },
    { data: { title: '全国文明村', recipient: { village: 'wenliu/hujiazhuang' } } },
    { data: { title: '优秀党务工作者', recipient: { person: '李红' } } },
  ],
};
