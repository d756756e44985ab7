import type { id } from './locales/id';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every locale must have: Indonesian is the reference. */
export type Messages = Widen<typeof id>;
