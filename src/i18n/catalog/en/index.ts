import { commonEn } from './common.js';

/** One spread per feature file; each feature owns its own keys (prefixed with the feature name). */
export const en = {
  ...commonEn,
} as const;

export type MessageKey = keyof typeof en;
