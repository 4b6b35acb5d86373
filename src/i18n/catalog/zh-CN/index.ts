import type { MessageKey } from '../en/index.js';
import { commonZh } from './common.js';

export const zhCN: Record<MessageKey, string> = {
  ...commonZh,
};
