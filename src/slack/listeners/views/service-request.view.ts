import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { openServiceRequest } from '../../../features/service/service.usecases.js';
import { validateServiceRequestForm } from '../../../features/service/service-input.js';
import type { MessageKey } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { announceServiceRequest } from '../../service/service-announcer.js';
import { decodeServiceSubject } from '../../service/service-values.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { readServiceRequestForm } from '../../views/service/service-modals.js';

const FIELD_BLOCKS = {
  kind: BLOCKS.serviceKind,
  priority: BLOCKS.servicePriority,
  description: BLOCKS.serviceDescription,
} as const;

const checked = (values: unknown) =>
  validateServiceRequestForm(readServiceRequestForm(values as ViewStateValues));

/** The new service request form: saved, posted in its thread, and the modal says who owns it. */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.serviceRequest,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const result = checked(view.state.values);
        if (result.ok) return undefined;
        return Object.fromEntries(
          Object.entries(result.errors).map(([field, key]) => [
            FIELD_BLOCKS[field as keyof typeof FIELD_BLOCKS],
            t(key as MessageKey),
          ]),
        );
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, t } = request;
        const subject = decodeServiceSubject(view.private_metadata);
        const result = checked(view.state.values);
        if (!subject || !result.ok) throw new Error('service request form without its customer or values');
        const opened = await openServiceRequest({ ...deps, actor, ...subject, input: result.input });
        await modal.done(
          t('service.opened.done', {
            id: opened.request.id,
            customer: escapeMrkdwn(opened.request.customerName),
            owner: userMention(opened.request.ownerUserId),
          }),
        );
        await announceServiceRequest({ deps, client, request, opened });
      },
    }),
  );
}
