import { ROLES, type Role } from '../../features/team/team.types.js';
import type { Locale } from '../../i18n/index.js';

/**
 * Subcommands that belong to other features (the deal desk). They are recognised here so they never answer
 * with "I did not understand"; their handlers live in their own files, registered in
 * `salesflow-extensions.ts`, and receive the raw argument text.
 */
export const EXTENSION_SUBCOMMANDS = [
  'policy',
  'delegate',
  'audit',
  'inbound',
  'handover',
  'charts',
  'revisits',
  'service-owner',
  'service-targets',
  'logo',
] as const;
export type ExtensionSubcommand = (typeof EXTENSION_SUBCOMMANDS)[number];

/** `null` = no explicit choice (`auto`): the team's language, or each user's Slack locale. */
export type LanguageArgument = Locale | null;

export type SalesflowCommand =
  | { kind: 'help' }
  /** Malformed or unknown input: answered with the usage text. */
  | { kind: 'usage'; input: string }
  | { kind: 'overview' }
  | { kind: 'settings' }
  | { kind: 'role'; userId: string; role: Role }
  | { kind: 'reportsTo'; userId: string; managerUserId: string | null }
  | { kind: 'channel'; channelId: string }
  | { kind: 'timezone'; timezone: string }
  | { kind: 'language'; language: LanguageArgument }
  | { kind: 'myLanguage'; language: LanguageArgument }
  /** `/salesflow me reminder 08:30`: the time is read by the use case, which answers a bad one with its words. */
  | { kind: 'myReminder'; time: string }
  | { kind: 'extension'; name: ExtensionSubcommand; args: string };

/**
 * A user mention as Slack sends it in a command with `should_escape: true`: `<@U123|name>` or `<@U123>`
 * (older clients and some API callers omit the name). Returns the user id. (`_` only appears in test ids.)
 */
export function parseUserMention(token: string | undefined): string | undefined {
  return /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/.exec(token ?? '')?.[1];
}

/** A channel mention: `<#C123|name>` or `<#C123>` (the name is empty for some private channels). */
export function parseChannelMention(token: string | undefined): string | undefined {
  return /^<#([CG][A-Z0-9_]+)(?:\|[^>]*)?>$/.exec(token ?? '')?.[1];
}

const LANGUAGE_WORDS: Record<string, LanguageArgument> = {
  en: 'en',
  english: 'en',
  英文: 'en',
  英语: 'en',
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  cn: 'zh-CN',
  chinese: 'zh-CN',
  中文: 'zh-CN',
  auto: null,
  default: null,
  自动: null,
};

/** A record lookup that ignores inherited keys, so `constructor` or `__proto__` typed by a user match nothing. */
function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function parseLanguage(token: string | undefined): LanguageArgument | undefined {
  return lookup(LANGUAGE_WORDS, (token ?? '').toLowerCase());
}

const ROLE_WORDS: Record<string, Role> = {
  销售: 'rep',
  经理: 'manager',
  总监: 'director',
  财务: 'finance',
  管理员: 'admin',
};

export function parseRole(token: string | undefined): Role | undefined {
  const key = (token ?? '').toLowerCase();
  return ROLES.find((role) => role === key) ?? lookup(ROLE_WORDS, key);
}

const NO_MANAGER = new Set(['none', 'nobody', '-', '无']);

/** Splits on any whitespace, including the ideographic space a Chinese keyboard types. */
function tokens(text: string): string[] {
  return text.split(/[\s\u3000]+/).filter(Boolean);
}

type Parser = (args: string[]) => SalesflowCommand | undefined;

/** Built-in subcommands (and their aliases): each parser returns undefined when its arguments are malformed. */
const PARSERS: Record<string, Parser> = {
  help: (args) => (args.length === 0 ? { kind: 'help' } : undefined),
  team: (args) => (args.length === 0 ? { kind: 'overview' } : undefined),
  settings: (args) => (args.length === 0 ? { kind: 'settings' } : undefined),
  role: ([user, role, ...rest]) => {
    const userId = parseUserMention(user);
    const parsedRole = parseRole(role);
    return userId && parsedRole && rest.length === 0 ? { kind: 'role', userId, role: parsedRole } : undefined;
  },
  'reports-to': ([user, manager, ...rest]) => {
    const userId = parseUserMention(user);
    if (!userId || rest.length > 0 || !manager) return undefined;
    if (NO_MANAGER.has(manager.toLowerCase())) return { kind: 'reportsTo', userId, managerUserId: null };
    const managerUserId = parseUserMention(manager);
    return managerUserId ? { kind: 'reportsTo', userId, managerUserId } : undefined;
  },
  channel: ([channel, ...rest]) => {
    const channelId = parseChannelMention(channel);
    return channelId && rest.length === 0 ? { kind: 'channel', channelId } : undefined;
  },
  // The zone is checked against the IANA database by the use case, so a typo gets "unknown time zone";
  // characters no zone name has (`<`, `>`, `&`…) are malformed input, which keeps replies free of markup.
  timezone: ([zone, ...rest]) =>
    zone && /^[A-Za-z0-9_+\-/]+$/.test(zone) && rest.length === 0
      ? { kind: 'timezone', timezone: zone }
      : undefined,
  language: ([word, ...rest]) => {
    const language = parseLanguage(word);
    return language !== undefined && rest.length === 0 ? { kind: 'language', language } : undefined;
  },
  me: ([what, word, ...rest]) => {
    if (['reminder', 'remind', '提醒'].includes(what?.toLowerCase() ?? '') && word)
      return { kind: 'myReminder', time: [word, ...rest].join(' ') };
    const language = parseLanguage(word);
    return what?.toLowerCase() === 'language' && language !== undefined && rest.length === 0
      ? { kind: 'myLanguage', language }
      : undefined;
  },
};

const ALIASES: Record<string, string> = {
  '': 'help',
  帮助: 'help',
  show: 'team',
  reportsto: 'reports-to',
  reports_to: 'reports-to',
  manager: 'reports-to',
  tz: 'timezone',
  'time-zone': 'timezone',
  lang: 'language',
  标志: 'logo',
};

/**
 * `/salesflow <subcommand> [args]`. Mentions arrive escaped (the manifest sets `should_escape: true`);
 * anything malformed or unknown becomes `usage`, so the user always learns the right form.
 */
export function parseSalesflowCommand(raw: string): SalesflowCommand {
  const text = raw.trim();
  const [first = '', ...args] = tokens(text);
  const name = lookup(ALIASES, first.toLowerCase()) ?? first.toLowerCase();
  const extension = EXTENSION_SUBCOMMANDS.find((candidate) => candidate === name);
  if (extension) return { kind: 'extension', name: extension, args: text.slice(first.length).trim() };
  return lookup(PARSERS, name)?.(args) ?? { kind: 'usage', input: text };
}
