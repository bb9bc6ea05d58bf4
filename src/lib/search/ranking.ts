/**
 * The metadata fields of search results and how they rank. Shared by the index (search-records.ts), the search
 * page's browser script and the tests, so it imports nothing: the browser gets only these few lines.
 */

/** Names of the metadata fields a result carries. `terms` is searched (weighted) but never shown. */
export const SEARCH_META = { title: 'title', kind: 'kind', place: 'place', terms: 'terms' } as const;

/**
 * Pagefind ranking options of the site (`pagefind.options({ ranking })`). Pagefind 1.6 matches a Chinese query
 * character by character, in any order, so a page that merely mentions a name's characters can outrank the page
 * the name belongs to. The extra terms (the entity's own name, its variants, pinyin, secretaries) therefore count
 * twice as much as the title: on a synthetic county of 1,000 villages a village comes first for its full name in
 * 27 of 40 samples (top 3: 37); weights 5 and 20 did no better there, and 10 lets 庆祖镇 beat a bulletin titled
 * 庆祖镇：… in the sample. Kind and place only filter; they do not rank. See README › Search.
 */
export const SEARCH_RANKING = {
  metaWeights: { [SEARCH_META.title]: 5, [SEARCH_META.terms]: 10, [SEARCH_META.kind]: 0, [SEARCH_META.place]: 0 },
};
