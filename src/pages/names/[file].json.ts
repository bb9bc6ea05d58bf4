/** The name directory's files: `names/manifest.json` and one `names/<n>.json` per shard (src/data/names.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNameShards } from '../../data/names';

export const getStaticPaths = (async () => {
  const { manifest, shards } = await getNameShards();
  return [
    { params: { file: 'manifest' }, props: { body: JSON.stringify(manifest) } },
    ...shards.map((shard, index) => ({ params: { file: String(index) }, props: { body: JSON.stringify(shard) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
