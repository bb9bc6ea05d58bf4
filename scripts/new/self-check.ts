/**
 * Checks a planned file against its collection's schema before it is written, so a mistake in a template shows
 * up here, as the tool's fault, and never as a broken file in content/. (The tests check the files end to end.)
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { ScaffoldPlan } from './scaffold/plan';
import * as schemas from '../../src/schema/collections';

/** Image fields are paths here; the templates never point at an image that is not commented out. */
const imagePath = () => z.string();

const SCHEMAS = {
  village: schemas.villageSchema(imagePath),
  township: schemas.townshipSchema(imagePath),
  bulletin: schemas.bulletinSchema(imagePath),
  industry: schemas.industrySchema,
  honor: schemas.honorSchema,
};

/** Throws when the planned file's data does not pass its schema. */
export function selfCheck(plan: ScaffoldPlan): void {
  const source = /\.mdx?$/u.test(plan.file) ? (/^---\n([\s\S]*?)\n---\n/u.exec(plan.text)?.[1] ?? '') : plan.text;
  const result = SCHEMAS[plan.kind].safeParse(yaml.load(source, { schema: yaml.CORE_SCHEMA }));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；');
    throw new Error(
      `模板没有通过字段检查（${problems}）。这是 npm run new 的问题，请报告（template failed validation）`,
    );
  }
}
