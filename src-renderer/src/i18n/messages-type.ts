/**
 * The shape every language must match: the Turkish tree of keys with any string as the leaf, so a
 * missing or extra key in an English namespace is a compile error, not a blank label at runtime.
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
