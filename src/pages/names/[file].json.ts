/** The name directory's files: `names/manifest.json` and one `names/<n>.json` per shard (src/data/names.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNameShards } from '../../data/names';
import { shardFiles } from '../../lib/search/names/shards';

export const getStaticPaths = (async () => shardFiles(await getNameShards())) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
