import type { Customer } from '../../../features/customers/customers.types.js';
import {
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  SERVICE_KINDS,
  SERVICE_PRIORITIES,
  SERVICE_TEXT_MAX,
  type ServiceRequest,
} from '../../../features/service/service.types.js';
import type { ServiceCloseForm, ServiceRequestForm } from '../../../features/service/service-input.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import {
  encodeServiceRequestRef,
  encodeServiceSubject,
  type ServiceSubjectRef,
} from '../../service/service-values.js';
import { type ModalView, modalShell, mrkdwn, options, readInput, type ViewStateValues } from '../blocks.js';
import { selectInput, textInput } from '../modal-inputs.js';

const kindLabel = (t: Translate) => (kind: string) => t(`service.kind.${kind}` as MessageKey);
const priorityLabel = (t: Translate) => (priority: string) => t(`service.priority.${priority}` as MessageKey);

/** The new-request form: kind, priority (P3 normal preset) and what happened (prefilled from `/service`). */
export function buildServiceRequestModal(input: {
  customer: Pick<Customer, 'id' | 'name'>;
  subject: ServiceSubjectRef;
  description: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.serviceRequest,
    title: t('service.form.title'),
    submit: t('service.form.submit'),
    close: t('common.cancel'),
    metadata: encodeServiceSubject(input.subject),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          t('service.form.customer', { id: input.customer.id, name: escapeMrkdwn(input.customer.name) }),
        ),
      },
      selectInput(BLOCKS.serviceKind, t('service.form.kind'), options(SERVICE_KINDS, kindLabel(t)), {
        optional: false,
        placeholder: t('service.form.pick'),
      }),
      selectInput(
        BLOCKS.servicePriority,
        t('service.form.priority'),
        options(SERVICE_PRIORITIES, priorityLabel(t)),
        {
          optional: false,
          value: 'normal',
          placeholder: t('service.form.pick'),
        },
      ),
      textInput(BLOCKS.serviceDescription, t('service.form.description'), {
        optional: false,
        multiline: true,
        max: SERVICE_TEXT_MAX,
        value: input.description.slice(0, SERVICE_TEXT_MAX),
      }),
    ],
  });
}

export function readServiceRequestForm(values: ViewStateValues): ServiceRequestForm {
  return {
    kind: readInput(values, BLOCKS.serviceKind),
    priority: readInput(values, BLOCKS.servicePriority),
    description: readInput(values, BLOCKS.serviceDescription),
  };
}

/** Resolve (what was done) or close (what was done and the customer's satisfaction, 1–5). */
export function buildServiceOutcomeModal(input: {
  mode: 'resolve' | 'close';
  request: Pick<ServiceRequest, 'id' | 'customerName' | 'description' | 'resolution'>;
  t: Translate;
}): ModalView {
  const { t, request } = input;
  const closing = input.mode === 'close';
  const scores = Array.from({ length: SATISFACTION_MAX - SATISFACTION_MIN + 1 }, (_, i) =>
    String(SATISFACTION_MAX - i),
  );
  return modalShell({
    callbackId: closing ? VIEWS.serviceClose : VIEWS.serviceResolve,
    title: t(closing ? 'service.close.title' : 'service.resolve.title'),
    submit: t(closing ? 'service.close.submit' : 'service.resolve.submit'),
    close: t('common.cancel'),
    metadata: encodeServiceRequestRef(request.id),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `*#${request.id} ${escapeMrkdwn(request.customerName)}*\n${escapeMrkdwn(request.description)}`,
        ),
      },
      textInput(BLOCKS.serviceResolution, t('service.close.resolution'), {
        optional: false,
        multiline: true,
        max: SERVICE_TEXT_MAX,
        value: request.resolution,
      }),
      ...(closing
        ? [
            // Optional for Slack, required by our own check: a missing score is answered inline, in our words.
            selectInput(
              BLOCKS.serviceSatisfaction,
              t('service.close.satisfaction'),
              options(scores, (score) => t('service.close.score', { score })),
              { placeholder: t('service.form.pick') },
            ),
          ]
        : []),
    ],
  });
}

export function readServiceCloseForm(values: ViewStateValues): ServiceCloseForm {
  return {
    resolution: readInput(values, BLOCKS.serviceResolution),
    satisfaction: readInput(values, BLOCKS.serviceSatisfaction),
  };
}
