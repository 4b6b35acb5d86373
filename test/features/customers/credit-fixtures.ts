import { sql } from 'drizzle-orm';
import { createCustomerRepository } from '../../../src/features/customers/customers.repository.js';
import type { Contract } from '../../../src/features/ledger/ledger.types.js';
import type { Team } from '../../../src/features/team/team.types.js';
import type { TestDatabase } from '../../helpers/test-db.js';
import { approvedContract, ledgerDeps, type TestLedgerDeps } from '../ledger/ledger-fixtures.js';

export type CreditTestDeps = TestLedgerDeps & { customers: ReturnType<typeof createCustomerRepository> };

export function creditDeps(database: TestDatabase, start: Date): CreditTestDeps {
  return { ...ledgerDeps(database, start), customers: createCustomerRepository({ db: database.db }) };
}

/** A customer of U_REP, as a won lead makes one (the ledger fixtures' leads have none). */
export async function newCustomer(database: TestDatabase, teamId: string, name: string): Promise<number> {
  const { rows } = (await database.db.execute(sql`
    insert into customers (team_id, name, owner_user_id) values (${teamId}, ${name}, 'U_REP')
    returning id`)) as unknown as { rows: { id: number | string }[] };
  return Number(rows[0]?.id);
}

/** An approved contract whose lead belongs to the customer. */
export async function customerContract(
  deps: CreditTestDeps,
  team: Team,
  customerId: number,
  input: { amount: string; upfront?: string; delivery?: string },
): Promise<Contract> {
  const contract = await approvedContract(deps, team, { ...input, company: `Customer ${customerId}` });
  await deps.customers.linkLead(team.teamId, contract.leadId, customerId);
  return contract;
}
