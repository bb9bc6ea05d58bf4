/** /data/townships/<id>/<table>.csv: one open-data table of a township, UTF-8 with BOM for Excel. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type OpenDataProps, openDataPaths, openDataRows } from '../../../../data/open-data';
import { tableCsv } from '../../../../lib/open-data/tables';
import { perCounty } from '../../../../data/batch';

export const getStaticPaths = perCounty((() => openDataPaths()) satisfies GetStaticPaths);

export const GET: APIRoute<OpenDataProps> = async ({ props: { township, table } }) =>
  new Response(tableCsv(table, await openDataRows(township, table)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
