import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { validateServiceCloseForm } from '../../../features/service/service-input.js';
import {
  closeServiceRequest,
  resolveServiceRequest,
} from '../../../features/service/service-states.usecases.js';
import type { MessageKey } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { refreshServiceMessage } from '../../service/service-announcer.js';
import { decodeServiceRequestRef } from '../../service/service-values.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { serviceHead } from '../../views/service/service-message.js';
import { readServiceCloseForm } from '../../views/service/service-modals.js';

const FIELD_BLOCKS = {
  resolution: BLOCKS.serviceResolution,
  satisfaction: BLOCKS.serviceSatisfaction,
} as const;

/**
 * The Resolve and Close forms. Closing needs the customer's satisfaction (1–5), answered inline when missing; a
 * request someone else closed meanwhile is refused with who closed it, the form kept.
 */
export function register(app: App, deps: AppDeps): void {
  for (const [callbackId, closing] of [
    [VIEWS.serviceResolve, false],
    [VIEWS.serviceClose, true],
  ] as const)
    app.view(
      callbackId,
      onViewSubmission(deps, {
        validate: ({ view }, { t }) => {
          const form = readServiceCloseForm(view.state.values as unknown as ViewStateValues);
          const result = validateServiceCloseForm(form, { needsSatisfaction: closing });
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
          const requestId = decodeServiceRequestRef(view.private_metadata) ?? Number.NaN;
          const form = readServiceCloseForm(view.state.values as unknown as ViewStateValues);
          const result = validateServiceCloseForm(form, { needsSatisfaction: closing });
          if (!result.ok) throw new Error('service outcome form not validated');
          const { request: service } =
            closing && result.satisfaction !== null
              ? await closeServiceRequest({
                  ...deps,
                  actor,
                  requestId,
                  resolution: result.resolution,
                  satisfaction: result.satisfaction,
                })
              : await resolveServiceRequest({ ...deps, actor, requestId, resolution: result.resolution });
          await modal.done(serviceHead(service, t));
          await refreshServiceMessage({ deps, client, request, service });
        },
      }),
    );
}
