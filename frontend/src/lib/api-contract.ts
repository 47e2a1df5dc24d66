import type { components } from './api-schema.gen';

/**
 * The API's types, generated from openapi/etrade-campus.yml (`npm run generate:api`), which a
 * backend test keeps identical to the description the server generates from its Java contract.
 * Each endpoint file states, at compile time, that its zod schema agrees with them:
 * `true satisfies Reads<'MeDto', z.output<typeof meSchema>>` fails `tsc` when they drift apart.
 */
export type ApiSchemas = components['schemas'];

/** The server sends every field, null when empty; the generator marks nullable fields optional. */
type Present<T> = T extends readonly (infer U)[]
  ? Present<U>[]
  : T extends object
    ? { [K in keyof T]-?: Present<T[K]> }
    : T;

/** Whatever the server may send as `Name` passes the SPA's schema, which expects no field the contract lacks. */
export type Reads<Name extends keyof ApiSchemas, T> = [Present<ApiSchemas[Name]>] extends [T]
  ? [Exclude<keyof T, keyof ApiSchemas[Name]>] extends [never]
    ? true
    : false
  : false;

/** What the SPA sends is a valid `Name`. */
export type Sends<Name extends keyof ApiSchemas, T> = [T] extends [ApiSchemas[Name]] ? true : false;
