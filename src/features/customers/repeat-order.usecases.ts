import type { FieldErrors } from '../leads/lead-input.js';
import type { Lead, LeadForm, LeadInput } from '../leads/leads.types.js';
import { createLead, type LeadDeps, newLeadDefaults } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import type { CustomerDeps } from './customers.usecases.js';
import { loadVisibleCustomer } from './customers.usecases.js';

/**
 * "New deal" on a customer's card: the new-lead form filled with the customer (name, kind, industry, its first
 * contact) and the team's defaults, for a repeat order.
 */
export async function repeatOrderForm(
  deps: CustomerDeps & LeadDeps & { actor: Actor; team: Team; customerId: number },
): Promise<{ customerId: number; values: Partial<LeadInput> }> {
  const customer = await loadVisibleCustomer(deps);
  const [contact] = await deps.customers.contacts(deps.actor.teamId, customer.id);
  return {
    customerId: customer.id,
    values: {
      ...newLeadDefaults(deps),
      kind: customer.kind,
      companyName: customer.name,
      industry: customer.industry,
      ...(contact
        ? {
            contactName: contact.name,
            contactTitle: contact.title,
            phone: contact.phone,
            email: contact.email,
          }
        : {}),
    },
  };
}

/**
 * Saving that form: the lead is created and filed under the customer at once. No duplicate warning: the rep said
 * it is this customer's. The customer is checked again (it may have been hidden from her since the form opened).
 */
export async function createRepeatOrder(
  deps: CustomerDeps & LeadDeps & { actor: Actor; customerId: number; form: LeadForm },
): Promise<{ ok: true; lead: Lead } | { ok: false; errors: FieldErrors }> {
  const customer = await loadVisibleCustomer(deps);
  const created = await createLead(deps);
  if (!created.ok) return created;
  await deps.customers.linkLead(deps.actor.teamId, created.lead.id, customer.id);
  return { ok: true, lead: { ...created.lead, customerId: customer.id } };
}
