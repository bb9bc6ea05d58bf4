/**
 * The name directory over every county of the site in dev: `names/manifest.json` and its shards
 * (src/lib/search/names), keyed by the beginning of each name (`prefix`): keyed by every character, a province's
 * common names read hundreds of KB per query (胡家庄村: about 680 KB over 河南's 116,674 names), by beginning a few
 * KB. A build writes the same files after its pages (src/integrations/name-files.ts), so it has no routes here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards, shardFiles } from '../../../lib/search/names/shards';
import { getNameEntries } from '../../data';

export const getStaticPaths = (() =>
  import.meta.env.DEV ? shardFiles(buildShards(getNameEntries(), undefined, 'prefix')) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
