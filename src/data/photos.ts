/** The site's photos with the pages they belong to, for the gallery index. */
import { collectPhotos } from '../lib/photos';
import { getBulletins, getTownships, getVillages } from './content';

/** Every photo: townships', villages' and bulletins' (in the order those are listed), each with its owner. */
export async function getPhotos() {
  const [townships, villages, bulletins] = await Promise.all([getTownships(), getVillages(), getBulletins()]);
  return collectPhotos({ townships, villages, bulletins });
}
