/** /data/townships/<id>/<table>.json: one open-data table of a township, rows with English keys. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type OpenDataProps, openDataPaths, openDataRows } from '../../../../data/open-data';
import { tableJson } from '../../../../lib/open-data/tables';
import { href, paths } from '../../../../lib/urls';
import { perCounty } from '../../../../data/batch';

export const getStaticPaths = perCounty((() => openDataPaths()) satisfies GetStaticPaths);

export const GET: APIRoute<OpenDataProps> = async ({ props: { township, table }, site }) => {
  const rows = await openDataRows(township, table);
  const named = { id: township.id, name: township.data.name };
  // An absolute address: a downloaded file still says where its columns are explained.
  const docs = site ? new URL(href(paths.data()), site).href : href(paths.data());
  return new Response(tableJson(table, named, rows, docs), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
