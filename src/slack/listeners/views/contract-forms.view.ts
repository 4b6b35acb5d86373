import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  adjustSchedule,
  cancelContract,
  markDelivered,
  markSigned,
} from '../../../features/ledger/contracts.usecases.js';
import type { Contract } from '../../../features/ledger/ledger.types.js';
import { isLink } from '../../../features/ledger/ledger-input.js';
import type { Translate } from '../../../i18n/index.js';
import type { RequestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { noteInLeadThread } from '../../ledger/ledger-announcer.js';
import { decodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { parseScheduleRows } from '../../ledger/schedule-rows.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';
import { contractTitle } from '../../views/ledger/ledger-format.js';

type Save = (input: {
  deps: AppDeps;
  ref: { kind: 'id'; contractId: number };
  expectedVersion: number;
  text: string;
  request: RequestContext;
}) => Promise<{ contract: Contract; done: (t: Translate) => string; thread?: (t: Translate) => string }>;

/** Each contract form: the field it needs, the check before the ack, and the write after it. */
const FORMS: {
  callbackId: string;
  block: string;
  check: (text: string) => boolean;
  errorKey: 'ledger.form.error.link' | 'ledger.form.error.required';
  save: Save;
}[] = [
  {
    callbackId: VIEWS.contractSign,
    block: BLOCKS.signedLink,
    check: isLink,
    errorKey: 'ledger.form.error.link',
    save: async ({ deps, ref, expectedVersion, text, request }) => {
      const contract = await markSigned({
        ...deps,
        actor: request.actor,
        ref,
        signedLink: text,
        expectedVersion,
      });
      return {
        contract,
        done: (t) => t('ledger.done.signed', { number: contract.number }),
        thread: (t) => t('ledger.thread.signed', { contract: contractTitle(contract) }),
      };
    },
  },
  {
    callbackId: VIEWS.contractSchedule,
    block: BLOCKS.scheduleRows,
    check: (text) => parseScheduleRows(text).length > 0,
    errorKey: 'ledger.form.error.required',
    save: async ({ deps, ref, expectedVersion, text, request }) => {
      const rows = parseScheduleRows(text);
      const { contract } = await adjustSchedule({
        ...deps,
        actor: request.actor,
        ref,
        rows,
        expectedVersion,
      });
      return { contract, done: (t) => t('ledger.done.schedule', { number: contract.number }) };
    },
  },
  {
    callbackId: VIEWS.contractDelivered,
    block: BLOCKS.acceptanceNote,
    check: (text) => text.trim().length > 0,
    errorKey: 'ledger.form.error.required',
    save: async ({ deps, ref, expectedVersion, text, request }) => {
      const contract = await markDelivered({
        ...deps,
        actor: request.actor,
        ref,
        acceptance: text,
        expectedVersion,
      });
      return {
        contract,
        done: (t) => t('ledger.done.delivered', { number: contract.number }),
        thread: (t) => t('ledger.thread.delivered', { contract: contractTitle(contract) }),
      };
    },
  },
  {
    callbackId: VIEWS.contractCancel,
    block: BLOCKS.ledgerReason,
    check: (text) => text.trim().length > 0,
    errorKey: 'ledger.form.error.required',
    save: async ({ deps, ref, expectedVersion, text, request }) => {
      const contract = await cancelContract({
        ...deps,
        actor: request.actor,
        ref,
        reason: text,
        expectedVersion,
      });
      return { contract, done: (t) => t('ledger.done.cancelled', { number: contract.number }) };
    },
  },
];

/**
 * The contract's forms (signed, schedule, delivered, cancel). Each write is conditional on the version the form
 * was built from: a contract changed meanwhile brings the form back with the user's input and what happened.
 */
export function register(app: App, deps: AppDeps): void {
  for (const form of FORMS)
    app.view(
      form.callbackId,
      onViewSubmission(deps, {
        validate: ({ view }, { t }) => {
          const text = readInput(view.state.values as unknown as ViewStateValues, form.block) ?? '';
          return form.check(text) ? undefined : { [form.block]: t(form.errorKey) };
        },
        work: async ({ view, client, request, modal }) => {
          const metadata = decodeLedgerMetadata(view.private_metadata);
          const text = readInput(view.state.values as unknown as ViewStateValues, form.block) ?? '';
          const saved = await form.save({
            deps,
            ref: { kind: 'id', contractId: metadata.contractId ?? Number.NaN },
            expectedVersion: metadata.version ?? -1,
            text,
            request,
          });
          request.log.info({ contractId: saved.contract.id, form: form.callbackId }, 'contract changed');
          await modal.done(saved.done(request.t));
          const thread = saved.thread;
          if (thread)
            await noteInLeadThread(
              { deps, client, team: request.team, log: request.log },
              { actor: request.actor, contract: saved.contract, text: thread },
            );
        },
      }),
    );
}
