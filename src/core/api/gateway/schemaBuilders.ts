// The vocabulary the Gateway API schemas are written in (schemas.ts and the files it gathers): OpenAPI
// schema nodes (crd/openapi.ts) and CEL rules as TypeScript predicates next to their exact messages.
import type { CelRule, OSchema } from '../crd/openapi.ts';

export type Obj = Record<string, unknown>;
type Rule = (self: Obj) => boolean;
type ListRule = (self: Obj[]) => boolean;

export const cel = (message: string, holds: Rule): CelRule => ({ message, holds: holds as (self: never) => boolean });
export const celList = (message: string, holds: ListRule): CelRule => ({
  message,
  holds: holds as (self: never) => boolean,
});
export const has = (o: Obj | undefined, k: string): boolean => o !== undefined && o[k] !== undefined;
export const o = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null ? (v as Obj) : undefined);

export const str = (extra: Partial<OSchema> = {}): OSchema => ({ type: 'string', ...extra });
export const int = (extra: Partial<OSchema> = {}): OSchema => ({ type: 'integer', ...extra });
export const obj = (properties: Record<string, OSchema>, extra: Partial<OSchema> = {}): OSchema => ({
  type: 'object',
  properties,
  ...extra,
});
export const list = (items: OSchema, extra: Partial<OSchema> = {}): OSchema => ({ type: 'array', items, ...extra });
export const open: OSchema = { type: 'object', open: true };
