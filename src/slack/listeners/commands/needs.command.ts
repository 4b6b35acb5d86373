import type { App } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../../deps.js';
import { listLeads } from '../../../features/leads/leads.usecases.js';
import { getNeedsState } from '../../../features/needs/needs.usecases.js';
import {
  addCompetitor,
  addCustomQuestion,
  listCompetitors,
  listCustomQuestions,
  removeCompetitor,
  removeCustomQuestion,
} from '../../../features/needs/needs-admin.usecases.js';
import { customKey, questionBank, questionText } from '../../../features/needs/question-bank.js';
import type { Actor } from '../../../features/team/team.types.js';
import type { Translate } from '../../../i18n/index.js';
import { COMMANDS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { parseNeedsCommand } from '../../needs/needs-command-parser.js';
import { encodeNeedsMetadata } from '../../needs/needs-metadata.js';
import { onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { needsPickList } from '../../views/needs/needs-format.js';
import { buildNeedsModal } from '../../views/needs/needs-modal.js';

/** `/needs`: opens a lead's needs analysis (by #id or search), and lets admins edit questions and competitors. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.needs,
    onCommand(
      deps,
      async ({ command, respond, client, request }) => {
        const { actor, t } = request;
        const reply = (message: string | { text: string; blocks: KnownBlock[] }) =>
          respond({
            response_type: 'ephemeral',
            ...(typeof message === 'string' ? { text: message } : message),
          });
        const openNeedsModal = async (leadId: number) => {
          const state = await getNeedsState({ ...deps, actor, leadId });
          const metadata = encodeNeedsMetadata({
            leadId,
            rev: 0,
            proposed: {},
            version: state.lead.version,
            seenAt: deps.clock.now().getTime(),
            responseUrl: command.response_url,
          });
          const view = buildNeedsModal({ state, t, locale: actor.locale, metadata, revision: 0 });
          await openModal({ client, triggerId: command.trigger_id, view, request });
        };
        const parsed = parseNeedsCommand(command.text);
        switch (parsed.kind) {
          case 'help':
            return void (await reply(t('needs.usage')));
          case 'open':
            return void (await openNeedsModal(parsed.leadId));
          case 'search': {
            const { leads, total } = await listLeads({
              ...deps,
              actor,
              filter: { kind: 'search', text: parsed.text },
            });
            const [only] = leads;
            if (!only) return void (await reply(t('needs.noMatch', { text: escapeMrkdwn(parsed.text) })));
            if (leads.length === 1) return void (await openNeedsModal(only.id));
            return void (await reply(needsPickList(leads, total, parsed.text, t)));
          }
          default:
            return void (await reply(await adminCommand(deps, actor, t, parsed)));
        }
      },
      { urgent: ({ command }) => ['open', 'search'].includes(parseNeedsCommand(command.text).kind) },
    ),
  );
}

type AdminCommand = Exclude<ReturnType<typeof parseNeedsCommand>, { kind: 'help' | 'open' | 'search' }>;

async function adminCommand(
  deps: AppDeps,
  actor: Actor,
  t: Translate,
  command: AdminCommand,
): Promise<string> {
  const input = { ...deps, actor };
  switch (command.kind) {
    case 'listQuestions': {
      const questions = questionBank(await listCustomQuestions(input)).filter((q) => q.group === 'custom');
      if (questions.length === 0) return t('needs.question.none');
      const list = questions
        .map((q) => `• \`${q.key}\` ${escapeMrkdwn(questionText(q, actor.locale))}`)
        .join('\n');
      return t('needs.question.list', { list });
    }
    case 'addQuestion': {
      const row = await addCustomQuestion({ ...input, text: command.text });
      const text = [row.textEn, row.textZh].filter(Boolean).join(' | ');
      return t('needs.question.added', { key: customKey(row.id), text: escapeMrkdwn(text) });
    }
    case 'removeQuestion':
      await removeCustomQuestion({ ...input, key: command.key });
      return t('needs.question.removed', { key: escapeMrkdwn(command.key) });
    case 'listCompetitors': {
      const names = await listCompetitors(input);
      return names.length
        ? t('needs.competitor.list', { list: names.map(escapeMrkdwn).join(', ') })
        : t('needs.competitor.none');
    }
    case 'addCompetitor': {
      const { added, name } = await addCompetitor({ ...input, name: command.name });
      return t(added ? 'needs.competitor.added' : 'needs.competitor.exists', { name: escapeMrkdwn(name) });
    }
    case 'removeCompetitor': {
      const removed = await removeCompetitor({ ...input, name: command.name });
      return t(removed ? 'needs.competitor.removed' : 'needs.competitor.notFound', {
        name: escapeMrkdwn(command.name),
      });
    }
  }
}
