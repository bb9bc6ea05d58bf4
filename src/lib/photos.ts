/**
 * Photos of the site for galleries: flattened with the page each belongs to, then grouped by township or by
 * month. Generic over the image type (Astro's ImageMetadata in pages); never reads the image itself, because
 * touching an astro:assets image outside the image pipeline would publish the original file, metadata and all.
 */
import type { Bulletin, Township, Village } from '../schema/collections';
import type { Entry } from './entries';
import { paths } from './urls';

/** A photo as the content model holds it, with its image of type `Image`. */
export type Photo<Image> = Omit<Township['photos'][number], 'file'> & { file: Image };

/** The page a photo belongs to. */
export interface PhotoOwner {
  kind: 'township' | 'village' | 'bulletin';
  /** Entry id (`wenliu`, `wenliu/hujiazhuang`, a bulletin slug). */
  id: string;
  /** Chinese name or headline. */
  name: string;
  /** Slugs of the townships the page concerns. */
  townships: readonly string[];
}

/** A photo with the page it belongs to. */
export interface PlacedPhoto<Image> extends Photo<Image> {
  owner: PhotoOwner;
}

/** The entries that carry photos, as the data layer hands them over (already sorted). */
export interface PhotoSources<Image> {
  townships: readonly PhotoEntry<Image, Pick<Township, 'name'>>[];
  villages: readonly PhotoEntry<Image, Pick<Village, 'name' | 'township'>>[];
  bulletins: readonly PhotoEntry<Image, Pick<Bulletin, 'title' | 'townships'>>[];
}

/** An entry with photos: its id, the fields `D` and its photos (not `Entry`: the image type stays as given). */
interface PhotoEntry<Image, D> {
  id: string;
  data: D & { photos: readonly Photo<Image>[] };
}

/** Every photo of the site with its owner: townships, then villages, then bulletins, in the order given. */
export function collectPhotos<Image>(sources: PhotoSources<Image>): PlacedPhoto<Image>[] {
  const place = (owner: PhotoOwner, photos: readonly Photo<Image>[]) => photos.map((photo) => ({ ...photo, owner }));
  return [
    ...sources.townships.flatMap(({ id, data }) =>
      place({ kind: 'township', id, name: data.name, townships: [id] }, data.photos),
    ),
    ...sources.villages.flatMap(({ id, data }) =>
      place({ kind: 'village', id, name: data.name, townships: [data.township] }, data.photos),
    ),
    ...sources.bulletins.flatMap(({ id, data }) =>
      place({ kind: 'bulletin', id, name: data.title, townships: data.townships }, data.photos),
    ),
  ];
}

/** The site path of the page a photo belongs to. */
export function ownerPath(owner: PhotoOwner): string {
  if (owner.kind === 'township') return paths.township(owner.id);
  if (owner.kind === 'village') return paths.village(owner.id);
  return paths.bulletin(owner.id);
}

/** Photos of one township: its own, its villages' and those of bulletins that concern it. */
export interface TownshipPhotos<Image> {
  id: string;
  name: string;
  photos: PlacedPhoto<Image>[];
}

/** Groups photos by township, in the order of `townships`; townships without photos are left out. */
export function photosByTownship<Image>(
  photos: PlacedPhoto<Image>[],
  townships: readonly Entry<Pick<Township, 'name'>>[],
): TownshipPhotos<Image>[] {
  return townships
    .map(({ id, data }) => ({ id, name: data.name, photos: photos.filter((p) => p.owner.townships.includes(id)) }))
    .filter((group) => group.photos.length > 0);
}

/** Photos taken in one month; `year` and `month` are absent for the group of undated photos. */
export interface MonthPhotos<Image> {
  /** `2023-06`, or `undated`. */
  key: string;
  year?: number;
  /** 1–12. */
  month?: number;
  photos: PlacedPhoto<Image>[];
}

/** Groups photos by the month they were taken, newest first; undated photos come last, in their given order. */
export function photosByMonth<Image>(photos: PlacedPhoto<Image>[]): MonthPhotos<Image>[] {
  const dated = photos.filter((photo) => photo.date).sort((a, b) => b.date!.getTime() - a.date!.getTime()); // stable: same-day photos keep their order
  const groups: MonthPhotos<Image>[] = [];
  for (const photo of dated) {
    const year = photo.date!.getUTCFullYear();
    const month = photo.date!.getUTCMonth() + 1;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const last = groups.at(-1);
    if (last?.key === key) last.photos.push(photo);
    else groups.push({ key, year, month, photos: [photo] });
  }
  const undated = photos.filter((photo) => !photo.date);
  if (undated.length > 0) groups.push({ key: 'undated', photos: undated });
  return groups;
}

/** The `sizes` attribute of gallery thumbnails: one photo is shown wide, several in a grid (see Gallery.astro). */
export function thumbnailSizes(count: number): string {
  return count === 1 ? '(min-width: 40rem) 36rem, calc(100vw - 2rem)' : '(min-width: 60rem) 12rem, 50vw';
}
