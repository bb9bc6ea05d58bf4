/** The name directory over every county of the site: `names/manifest.json` and its shards (src/lib/search/names). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards, shardFiles } from '../../../lib/search/names/shards';
import { getNameEntries } from '../../data';

export const getStaticPaths = (() => shardFiles(buildShards(getNameEntries()))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
