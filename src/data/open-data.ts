/** The rows of each township's open-data tables, fetched from the collections and shaped by lib/open-data. */
import { OPEN_TABLES, type OpenTable } from '../lib/open-data/columns';
import { metricsRows, type OpenRow, targetRecords, villageRows } from '../lib/open-data/tables';
import { getMetrics, getTownships, getVillages, type TownshipEntry } from './content';

/** The props of an open-data file's route: the township and the table. */
export type OpenDataProps = {
  township: TownshipEntry;
  table: OpenTable;
};

/** The rows of `table` for one township. */
export async function openDataRows(township: TownshipEntry, table: OpenTable): Promise<OpenRow[]> {
  const named = { id: township.id, name: township.data.name };
  if (table === 'metrics')
    return metricsRows(
      named,
      (await getMetrics(township.id)).map((entry) => entry.data),
    );
  if (table === 'villages') {
    const villages = await getVillages(township.id);
    return villageRows(
      named,
      villages.map((village) => ({ ...village.data, id: village.id })),
    );
  }
  return targetRecords(named, township.data.targets, township.data.achieved, township.data.sample);
}

/** Static paths of the open-data files: every township × table. */
export async function openDataPaths(): Promise<{ params: { id: string; table: OpenTable }; props: OpenDataProps }[]> {
  return (await getTownships()).flatMap((township) =>
    OPEN_TABLES.map((table) => ({ params: { id: township.id, table }, props: { township, table } })),
  );
}
