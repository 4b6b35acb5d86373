import type { Clock } from '../../lib/clock.js';
import type { Actor } from '../team/team.types.js';
import {
  MergeAlreadyMergedError,
  MergeNotAdminError,
  MergeSameCustomerError,
  MergeStaleError,
} from './customer-merge.errors.js';
import type { CustomerMergeRepository, MergeCounts } from './customer-merge.repository.js';
import { CustomerNotFoundError } from './customers.errors.js';
import type { CustomerRepository } from './customers.repository.js';
import type { Customer, CustomerMoney } from './customers.types.js';

export interface CustomerMergeDeps {
  customers: CustomerRepository;
  customerMerges: CustomerMergeRepository;
  clock: Clock;
  actor: Actor;
}

/** What merging `merged` into `kept` moves: the kept customer's name and owner stay. */
export interface MergePreview {
  kept: Customer;
  merged: Customer;
  counts: MergeCounts;
  /** The merged customer's contracts per currency (never converted): what moves over to the kept one. */
  money: CustomerMoney[];
}

/** What the confirm button carries back: the pair and what the preview saw of it. */
export interface MergeSeen {
  keptId: number;
  mergedId: number;
  keptVersion: number;
  mergedVersion: number;
  leads: number;
  contactsMoved: number;
  contactsCollapsed: number;
}

export const seenOf = (preview: MergePreview): MergeSeen => ({
  keptId: preview.kept.id,
  mergedId: preview.merged.id,
  keptVersion: preview.kept.version,
  mergedVersion: preview.merged.version,
  leads: preview.counts.leads,
  contactsMoved: preview.counts.contactsMoved,
  contactsCollapsed: preview.counts.contactsCollapsed,
});

/** Both customers, standing on their own; only admins get this far (they see every customer). */
async function loadPair(deps: CustomerMergeDeps, keptId: number, mergedId: number) {
  if (!deps.actor.isAdmin) throw new MergeNotAdminError();
  if (keptId === mergedId) throw new MergeSameCustomerError(keptId);
  const teamId = deps.actor.teamId;
  const [kept, merged] = await Promise.all(
    [keptId, mergedId].map((id) =>
      Number.isSafeInteger(id) ? deps.customers.findById(teamId, id) : Promise.resolve(undefined),
    ),
  );
  if (!kept) throw new CustomerNotFoundError(`#${keptId}`);
  if (!merged) throw new CustomerNotFoundError(`#${mergedId}`);
  for (const customer of [kept, merged])
    if (customer.mergedIntoId !== null) throw new MergeAlreadyMergedError(customer.id, customer.mergedIntoId);
  return { kept, merged };
}

/** `/customer merge #12 #34`: what would move from #34 into #12, nothing written. */
export async function previewCustomerMerge(
  deps: CustomerMergeDeps & { keptId: number; mergedId: number },
): Promise<MergePreview> {
  const { kept, merged } = await loadPair(deps, deps.keptId, deps.mergedId);
  const teamId = deps.actor.teamId;
  const [counts, money] = await Promise.all([
    deps.customerMerges.counts(teamId, kept.id, merged.id),
    deps.customers.money(teamId, merged.id),
  ]);
  return { kept, merged, counts, money };
}

/**
 * The confirm button: the merge as previewed, in one transaction with its audit event, or a refusal that says what
 * changed since (another admin merged one of them, a lead or contact was added) and to look again.
 */
export async function confirmCustomerMerge(deps: CustomerMergeDeps & { seen: MergeSeen }): Promise<{
  kept: Customer;
  merged: Customer;
  leadIds: number[];
  contactsMoved: number;
  contactsCollapsed: number;
}> {
  const { seen } = deps;
  const { kept, merged } = await loadPair(deps, seen.keptId, seen.mergedId);
  const teamId = deps.actor.teamId;
  const money = await deps.customers.money(teamId, merged.id);
  const outcome = await deps.customerMerges.merge({
    teamId,
    keptId: kept.id,
    mergedId: merged.id,
    keptVersion: seen.keptVersion,
    mergedVersion: seen.mergedVersion,
    seen,
    actorUserId: deps.actor.userId,
    money,
    now: deps.clock.now(),
  });
  if (outcome.ok) return { kept, merged, ...outcome };
  const after = await deps.customers.findById(teamId, merged.id);
  if (after?.mergedIntoId) throw new MergeAlreadyMergedError(merged.id, after.mergedIntoId);
  const keptAfter = await deps.customers.findById(teamId, kept.id);
  if (keptAfter?.mergedIntoId) throw new MergeAlreadyMergedError(kept.id, keptAfter.mergedIntoId);
  const now = await deps.customerMerges.counts(teamId, kept.id, merged.id);
  throw new MergeStaleError({
    kept: kept.id,
    merged: merged.id,
    leads: now.leads,
    leadsSeen: seen.leads,
    contacts: now.contactsMoved + now.contactsCollapsed,
    contactsSeen: seen.contactsMoved + seen.contactsCollapsed,
  });
}
