/**
 * The template of one search result for Pagefind's Component UI (its own template syntax, filled in the browser):
 * a label saying what the result is (村 / 镇 / 通报 …), the title as a link, the place, the excerpt and a small
 * image when the page has one. `meta.*` are the fields SearchMeta.astro and the honor records write.
 */
export const RESULT_TEMPLATE = `
<li class="search-result">
  {{#if meta.image}}<img class="search-thumb" src="{{ meta.image }}" alt="" width="64" height="48" loading="lazy" />{{/if}}
  <div class="search-body">
    <p class="search-title">
      {{#if meta.kind}}<span class="search-kind">{{ meta.kind }}</span>{{/if}}
      <a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
    </p>
    {{#if meta.place}}<p class="search-place">{{ meta.place }}</p>{{/if}}
    {{#if excerpt}}<p class="search-excerpt">{{+ excerpt +}}</p>{{/if}}
  </div>
</li>`;
