/** The name directory over every county of the site: `names/manifest.json` and its shards (src/lib/search/names). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards } from '../../../lib/search/names/shards';
import { getNameEntries } from '../../data';

export const getStaticPaths = (() => {
  const { manifest, shards } = buildShards(getNameEntries());
  return [
    { params: { file: 'manifest' }, props: { body: JSON.stringify(manifest) } },
    ...shards.map((shard, index) => ({ params: { file: String(index) }, props: { body: JSON.stringify(shard) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
