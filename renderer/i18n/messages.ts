import type { zhCN } from './zh-CN';

/** The key tree of the Chinese resource with every text widened to string. */
type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

export type Messages = MessageShape<typeof zhCN>;
