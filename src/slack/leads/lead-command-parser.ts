import type { LeadListFilter } from '../../features/leads/leads.types.js';
import { STAGES, type Stage } from '../../features/leads/leads.types.js';
import { en } from '../../i18n/catalog/en/index.js';
import { zhCN } from '../../i18n/catalog/zh-CN/index.js';
import { parseOwnerCommand } from './handover-command-parser.js';

export type LeadCommand =
  | { kind: 'new' }
  | { kind: 'help' }
  | { kind: 'show'; leadId: number }
  | { kind: 'list'; filter: LeadListFilter }
  | { kind: 'unknownStage'; stage: string }
  /** `/lead #42 owner @user`: hand the lead to someone else. */
  | { kind: 'owner'; leadId: number; toUserId: string };

/** Finds a stage by key (`needs_analysis`), English label (`needs analysis`) or Chinese label (`需求分析`). */
export function findStage(text: string): Stage | undefined {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return STAGES.find((stage) => {
    const labels = [stage, en[`leads.stage.${stage}`], zhCN[`leads.stage.${stage}`]];
    return labels.some((label) => label.toLowerCase().replace(/[\s-]+/g, '_') === wanted);
  });
}

/** `/lead`, `/lead help`, `/lead #42`, `/lead #42 owner @user`, `/lead list [mine|team|stage <s>|stale]`, `/lead <search text>`. */
export function parseLeadCommand(raw: string): LeadCommand {
  const text = raw.trim();
  if (text === '') return { kind: 'new' };
  const lower = text.toLowerCase();
  if (lower === 'help' || lower === '帮助') return { kind: 'help' };
  const owner = parseOwnerCommand(text);
  if (owner) return { kind: 'owner', ...owner };
  // `#42 owner …` that is not followed by exactly one @mention: the usage, not a search for those words.
  if (/^#\d{1,15}\s+(owner|负责人|转交给?)(\s|$)/i.test(text)) return { kind: 'help' };
  const byId = /^#?(\d{1,15})$/.exec(text);
  if (byId?.[1] && text.startsWith('#')) return { kind: 'show', leadId: Number(byId[1]) };
  const [first, ...rest] = text.split(/\s+/);
  if (first?.toLowerCase() === 'list') {
    const [scope = 'mine', ...args] = rest;
    switch (scope.toLowerCase()) {
      case 'mine':
        return { kind: 'list', filter: { kind: 'mine' } };
      case 'team':
        return { kind: 'list', filter: { kind: 'team' } };
      case 'stale':
        return { kind: 'list', filter: { kind: 'stale' } };
      case 'stage': {
        const stage = findStage(args.join(' '));
        return stage
          ? { kind: 'list', filter: { kind: 'stage', stage } }
          : { kind: 'unknownStage', stage: args.join(' ') };
      }
      default:
        return { kind: 'help' };
    }
  }
  return { kind: 'list', filter: { kind: 'search', text } };
}

/** Turns a filter back into the text of `/lead`, so page buttons can carry it. */
export function filterToQuery(filter: LeadListFilter): string {
  if (filter.kind === 'search') return filter.text;
  if (filter.kind === 'stage') return `list stage ${filter.stage}`;
  return `list ${filter.kind}`;
}
