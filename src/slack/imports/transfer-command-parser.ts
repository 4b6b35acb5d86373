import type { LeadListFilter } from '../../features/leads/leads.types.js';
import { findStage } from '../leads/lead-command-parser.js';

export type TransferCommand =
  | { kind: 'import' }
  | { kind: 'export'; filter: LeadListFilter }
  | { kind: 'unknownStage'; stage: string };

/**
 * `/lead import` and `/lead export [mine|team|stage <s>|stale|<text>]` (also 导入 / 导出); anything else is not a
 * transfer (undefined) and goes to the other `/lead` commands. A bare export is everything the caller may see.
 */
export function parseTransferCommand(raw: string): TransferCommand | undefined {
  const [first = '', ...rest] = raw.trim().split(/\s+/);
  const verb = first.toLowerCase();
  if ((verb === 'import' || verb === '导入') && rest.length === 0) return { kind: 'import' };
  if (verb !== 'export' && verb !== '导出') return undefined;
  const [scope = 'team', ...args] = rest;
  switch (scope.toLowerCase()) {
    case 'mine':
      return { kind: 'export', filter: { kind: 'mine' } };
    case 'team':
      return { kind: 'export', filter: { kind: 'team' } };
    case 'stale':
      return { kind: 'export', filter: { kind: 'stale' } };
    case 'stage': {
      const stage = findStage(args.join(' '));
      return stage
        ? { kind: 'export', filter: { kind: 'stage', stage } }
        : { kind: 'unknownStage', stage: args.join(' ') };
    }
    default:
      return { kind: 'export', filter: { kind: 'search', text: rest.join(' ') } };
  }
}
