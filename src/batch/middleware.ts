/**
 * The batch build's middleware (src/lib/province/batch.ts): every page is made inside its county — the `county`
 * parameter of the routes the integration adds for a batch (src/integrations/batch-routes.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { inCounty } from '../data/batch';

export const onRequest = defineMiddleware((context, next) => {
  const county = context.params['county'];
  if (!county) throw new Error(`batch build: page ${context.url.pathname} has no county`);
  return inCounty(county, next);
});
