/** The same keys as the reference locale (zh-CN), with any strings. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
