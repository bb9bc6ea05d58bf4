/**
 * The name directory over every county of the site: `names/manifest.json` and its shards (src/lib/search/names),
 * keyed by the beginning of each name (`prefix`): keyed by every character, a province's common names read
 * hundreds of KB per query (胡家庄村: about 680 KB over 河南's 116,674 names), by beginning a few KB.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards, shardFiles } from '../../../lib/search/names/shards';
import { getNameEntries } from '../../data';

export const getStaticPaths = (() =>
  shardFiles(buildShards(getNameEntries(), undefined, 'prefix'))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
