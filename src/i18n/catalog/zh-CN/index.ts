import type { MessageKey } from '../en/index.js';
import { commonZh } from './common.js';
import { leadsZh } from './leads.js';

export const zhCN: Record<MessageKey, string> = {
  ...commonZh,
  ...leadsZh,
};
