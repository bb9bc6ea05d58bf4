import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { honorSchema, townshipSchema, villageSchema } from '../../src/schema/collections';
import { keysAt } from '../../src/validate/schema-keys';

const image = () => z.string();

describe('keysAt: the field names a schema accepts at a path', () => {
  it('names the top-level fields, through refinements', () => {
    expect(keysAt(honorSchema, [])).toEqual(['title', 'level', 'grantor', 'year', 'recipient', 'note']);
  });

  it('steps through optional, default and array wrappers', () => {
    expect(keysAt(villageSchema(image), ['stars', 0])).toEqual(['year', 'level', 'held', 'targeted']);
    expect(keysAt(townshipSchema(image), ['quote'])).toEqual(['by', 'text']);
    expect(keysAt(honorSchema, ['recipient'])).toEqual(['village', 'township', 'person']);
    expect(keysAt(villageSchema(image), ['photos', 2])).toContain('caption');
  });

  it('names nothing where there is no object', () => {
    expect(keysAt(villageSchema(image), ['name'])).toEqual([]);
    expect(keysAt(villageSchema(image), ['nosuch', 'field'])).toEqual([]);
    expect(keysAt(villageSchema(image), ['stars', 'year'])).toEqual([]);
    expect(keysAt(townshipSchema(image), ['tiers'])).toEqual([]);
  });
});
