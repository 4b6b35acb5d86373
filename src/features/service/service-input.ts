import {
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  SERVICE_KINDS,
  SERVICE_PRIORITIES,
  SERVICE_TEXT_MAX,
  type ServiceKind,
  type ServicePriority,
} from './service.types.js';

/** Field → catalog key of what is wrong with it; empty when the form is fine. */
export type ServiceFieldErrors<K extends string> = Partial<Record<K, string>>;

export interface ServiceRequestForm {
  kind: string | null;
  priority: string | null;
  description: string | null;
}

export interface ServiceRequestInput {
  kind: ServiceKind;
  priority: ServicePriority;
  description: string;
}

const isKind = (value: string | null): value is ServiceKind => SERVICE_KINDS.includes(value as ServiceKind);
const isPriority = (value: string | null): value is ServicePriority =>
  SERVICE_PRIORITIES.includes(value as ServicePriority);

export function validateServiceRequestForm(
  form: ServiceRequestForm,
):
  | { ok: true; input: ServiceRequestInput }
  | { ok: false; errors: ServiceFieldErrors<keyof ServiceRequestForm> } {
  const errors: ServiceFieldErrors<keyof ServiceRequestForm> = {};
  const description = form.description?.trim() ?? '';
  if (!isKind(form.kind)) errors.kind = 'service.form.error.kind';
  if (!isPriority(form.priority)) errors.priority = 'service.form.error.priority';
  if (!description) errors.description = 'service.form.error.description';
  else if (description.length > SERVICE_TEXT_MAX) errors.description = 'service.form.error.tooLong';
  if (Object.keys(errors).length || !isKind(form.kind) || !isPriority(form.priority))
    return { ok: false, errors };
  return { ok: true, input: { kind: form.kind, priority: form.priority, description } };
}

export interface ServiceCloseForm {
  resolution: string | null;
  satisfaction: string | null;
}

/** What was done (resolve and close); the customer's satisfaction 1–5 (close only). */
export function validateServiceCloseForm(
  form: ServiceCloseForm,
  opts: { needsSatisfaction: boolean },
):
  | { ok: true; resolution: string; satisfaction: number | null }
  | { ok: false; errors: ServiceFieldErrors<keyof ServiceCloseForm> } {
  const errors: ServiceFieldErrors<keyof ServiceCloseForm> = {};
  const resolution = form.resolution?.trim() ?? '';
  if (!resolution) errors.resolution = 'service.close.error.resolution';
  else if (resolution.length > SERVICE_TEXT_MAX) errors.resolution = 'service.form.error.tooLong';
  const raw = form.satisfaction?.trim() ?? '';
  const satisfaction = /^\d$/.test(raw) ? Number(raw) : Number.NaN;
  const inRange = satisfaction >= SATISFACTION_MIN && satisfaction <= SATISFACTION_MAX;
  if (opts.needsSatisfaction && !inRange) errors.satisfaction = 'service.close.error.satisfaction';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, resolution, satisfaction: opts.needsSatisfaction ? satisfaction : null };
}
