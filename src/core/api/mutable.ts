// kubernetes-types marks server-set fields (status, uid, creationTimestamp…) readonly; the API
// server is the one place that writes them.
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export const mutable = <T>(x: T): Mutable<T> => x as Mutable<T>;
