/**
 * The name directory in the browser: fetches the manifest once and the one or two shards a query needs
 * (src/lib/search/names/shard-format.ts), ranks them with the same module the unit tests test (rank.ts) and
 * renders a short list, each name with its kind and township. Plain JavaScript: no WebAssembly, no Intl.Segmenter.
 */
import { completeFromOneShard, rankBeginnings, rankNames, type RankedName } from '../../lib/search/names/rank';
import {
  isEmptyShard,
  type NameManifest,
  type PackedShard,
  shardsFor,
  startShardFor,
  unpackShard,
} from '../../lib/search/names/shard-format';
import type { NameEntry } from '../../lib/search/names/types';

/** Fetches JSON, throwing on an HTTP error. */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The directory under `folder` (`<base>names/`), with what it has fetched so far. */
export class NameDirectory {
  private manifest: Promise<NameManifest> | undefined;
  private readonly shards = new Map<number, Promise<NameEntry[]>>();

  constructor(private readonly folder: string) {}

  /** Starts fetching the manifest (on focus, before the first key). */
  prefetch(): void {
    void this.loadManifest().catch(() => undefined);
  }

  /** The names matching `query`, best first, once every shard it needs has come. */
  async search(query: string, limit = 10): Promise<RankedName[]> {
    let last: RankedName[] = [];
    await this.searchAsYouType(query, (ranked) => (last = ranked), limit);
    return last;
  }

  /**
   * Calls `show` with the names matching `query`: from the first shard as soon as it is there (a long Chinese query
   * also wants a second shard, for one wrong character), then again, complete, once the second has come — unless
   * the first already held `limit` better matches (completeFromOneShard), when the second is not fetched at all.
   */
  async searchAsYouType(query: string, show: (ranked: RankedName[]) => void, limit = 10): Promise<void> {
    if (!query.trim()) return show([]);
    const manifest = await this.loadManifest();
    const loaded = new Set(this.shards.keys());
    const start = startShardFor(query, manifest, loaded);
    // 村, 镇: the names beginning with it.
    if (start !== undefined) return show(rankBeginnings(await this.loadShard(start, manifest), query, limit));
    const wanted = shardsFor(query, manifest, loaded);
    const [first, ...rest] = wanted;
    if (first !== undefined && rest.some((shard) => !this.shards.has(shard))) {
      // The first shard alone, before (or instead of) the second: see completeFromOneShard.
      const ranked = rankNames(await this.loadShard(first, manifest), query, limit);
      show(ranked);
      if (completeFromOneShard(ranked, limit)) return;
    }
    const lists = await Promise.all(wanted.map((shard) => this.loadShard(shard, manifest)));
    show(rankNames(lists.flat(), query, limit));
  }

  private loadManifest(): Promise<NameManifest> {
    this.manifest ??= getJson<NameManifest>(`${this.folder}manifest.json`);
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  private loadShard(shard: number, manifest: NameManifest): Promise<NameEntry[]> {
    let loaded = this.shards.get(shard);
    if (!loaded) {
      // No name has the query's key: the shard has no file.
      loaded = isEmptyShard(manifest, shard)
        ? Promise.resolve([])
        : getJson<PackedShard>(`${this.folder}${shard}.json?v=${manifest.version}`).then(unpackShard);
      loaded.catch(() => this.shards.delete(shard));
      this.shards.set(shard, loaded);
    }
    return loaded;
  }
}

/** What the list shows beside each name. */
export interface NameLabels {
  /** Label of each kind (村, 乡镇, 人物 …). */
  kinds: Record<string, string>;
  /** The site's base path (`/` or `/zhuanti/wuxing/`), put before each entry's path. */
  base: string;
}

/** The link of an entry under the base. */
const entryHref = (entry: NameEntry, base: string) => `${base.replace(/\/+$/u, '')}${entry.url}`;

/** Fills `list` (an `<ol>` or `<ul>`) with one item per name: kind, name as a link, place. */
export function renderNames(list: HTMLElement, ranked: readonly RankedName[], labels: NameLabels): void {
  const items = ranked.map(({ entry }) => {
    const item = document.createElement('li');
    item.className = 'name-result';
    const kind = Object.assign(document.createElement('span'), {
      className: 'name-kind',
      textContent: labels.kinds[entry.kind] ?? '',
    });
    const link = Object.assign(document.createElement('a'), {
      href: entryHref(entry, labels.base),
      textContent: entry.name,
    });
    item.append(kind, link);
    if (entry.place) {
      item.append(
        Object.assign(document.createElement('span'), { className: 'name-place', textContent: ` · ${entry.place}` }),
      );
    }
    return item;
  });
  list.replaceChildren(...items);
}
