/**
 * The layering of README › Layout, enforced in `npm run check` (`depcruise`). Every rule is an error and there is
 * no allow-list of known violations. `.astro` files are not parsed by dependency-cruiser: tests/unit/imports.test.ts
 * holds them to the same rules.
 */
/** Folders of the site above the ground floor. */
const SITE = '^src/(lib|components|layouts|pages|data|integrations|loaders|i18n|scripts|styles|cms)/';
/** The tools' pure parts. */
const TOOLS = '^scripts/(import/newspaper|new/scaffold|roster)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules import in one direction: a cycle means two of them are one job, or one is in the wrong room.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-is-the-ground-floor',
      comment: 'src/schema (the content model, glossary, quantities) imports nothing of ours outside itself.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^(src|scripts|tests)/', pathNot: '^src/schema/' },
    },
    {
      name: 'checker-below-the-site',
      comment: 'The content checker uses the schema only: the site and the tools stand on it, not the other way.',
      severity: 'error',
      from: { path: '^src/validate/' },
      to: { path: [SITE, '^scripts/', '^tests/'] },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib shapes data for pages: no astro:* modules, components, layouts, pages, data or integrations.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^astro:', '^src/(components|layouts|pages|data|integrations|validate)/', '\\.astro$'] },
    },
    {
      name: 'lib-is-pure-astro-modules',
      comment: 'astro:* virtual modules stay out of src/lib (they exist only inside an Astro build).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { dependencyTypes: ['core', 'unknown', 'undetermined'], pathNot: '^node:' },
    },
    {
      name: 'shell-pages-are-the-shells-own',
      comment:
        "Only the shell imports its pages, components and layouts: a county's build never reads them, so a change " +
        'there does not rebuild every county (scripts/build/province/hash.ts › SHELL_ONLY).',
      severity: 'error',
      from: { pathNot: '^src/shell/' },
      to: { path: '^src/shell/(pages|components|layouts)/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Tests import the code, never the other way; scripts share helpers through scripts/lib/.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'tools-do-not-import-the-site',
      comment: 'The importer, scaffolder and roster stand on the schema and the checker, not on the site.',
      severity: 'error',
      from: { path: TOOLS },
      to: { path: [SITE] },
    },
    {
      name: 'site-does-not-import-tools',
      comment: 'The site never imports command-line tools.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (astro:* virtual modules are resolved by Astro, not here).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.astro|node_modules)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
