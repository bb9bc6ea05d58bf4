/**
 * The name directory's files in dev: `names/manifest.json` and one `names/<n>.json` per shard (src/data/names.ts).
 * A build writes the same files after its pages (src/integrations/name-files.ts), so it has no routes here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNameShards } from '../../data/names';
import { shardFiles } from '../../lib/search/names/shards';
import { perCounty } from '../../data/batch';

export const getStaticPaths = perCounty((async () =>
  import.meta.env.DEV ? shardFiles(await getNameShards()) : []) satisfies GetStaticPaths);

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
