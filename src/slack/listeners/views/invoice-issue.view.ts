import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { issueInvoice } from '../../../features/ledger/invoices.usecases.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { decodeLedgerMetadata } from '../../ledger/ledger-values.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/** Finance records an approved invoice: number (unique), date and amount (at most the one approved). */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.invoiceIssue,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const values = view.state.values as unknown as ViewStateValues;
        const errors: Record<string, string> = {};
        if (!readInput(values, BLOCKS.invoiceNumber)?.trim())
          errors[BLOCKS.invoiceNumber] = t('ledger.form.error.required');
        if (!readInput(values, BLOCKS.invoiceAmount)?.trim())
          errors[BLOCKS.invoiceAmount] = t('ledger.form.error.amount');
        return Object.keys(errors).length ? errors : undefined;
      },
      work: async ({ view, request, modal }) => {
        const { actor, team, t, log } = request;
        const values = view.state.values as unknown as ViewStateValues;
        const { invoice } = await issueInvoice({
          ...deps,
          actor,
          team,
          invoiceId: decodeLedgerMetadata(view.private_metadata).invoiceId ?? Number.NaN,
          number: readInput(values, BLOCKS.invoiceNumber),
          issuedOn: readInput(values, BLOCKS.invoiceDate),
          amount: readInput(values, BLOCKS.invoiceAmount),
        });
        log.info({ invoiceId: invoice.id }, 'invoice issued');
        await modal.done(t('ledger.done.issued', { number: invoice.invoiceNumber ?? '' }));
      },
    }),
  );
}
