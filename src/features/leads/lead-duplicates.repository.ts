import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type {
  CandidateKeys,
  DuplicateCandidate,
  DuplicateMatch,
  DuplicateReason,
} from './lead-duplicates.types.js';
import type { Stage } from './leads.types.js';

export type { CandidateKeys, DuplicateCandidate, DuplicateMatch, DuplicateReason };

interface MatchRow {
  i: number;
  phone_key: string | null;
  email_key: string | null;
  company_key: string | null;
  id: number | string | null;
  owner_user_id: string | null;
  company_name: string | null;
  contact_name: string | null;
  stage: Stage | null;
  version: number | null;
  phone_match: boolean | null;
  email_match: boolean | null;
  company_match: boolean | null;
  similarity: number | null;
}

export type LeadDuplicateRepository = ReturnType<typeof createLeadDuplicateRepository>;

export function createLeadDuplicateRepository({ db }: { db: Db }) {
  return {
    /**
     * For each candidate, in order, its keys and up to `perCandidate` leads of the team with the same phone key,
     * the same email key, or a company key at least `minSimilarity` similar — exact matches first. One statement
     * for many candidates; each lookup uses the key indexes (btree for phone and email, trigram GIN for company).
     */
    async findMatches(
      teamId: string,
      candidates: readonly DuplicateCandidate[],
      options: { minSimilarity: number; perCandidate: number },
    ): Promise<{ keys: CandidateKeys; matches: DuplicateMatch[] }[]> {
      if (candidates.length === 0) return [];
      const input = JSON.stringify(
        candidates.map((c) => ({ companyName: c.companyName, phone: c.phone, email: c.email })),
      );
      const rows = await db.transaction(async (tx) => {
        // `%` compares against this threshold, and only `%` (not `similarity() >`) can use the trigram index.
        await tx.execute(
          sql`select set_config('pg_trgm.similarity_threshold', ${String(options.minSimilarity)}, true)`,
        );
        // Each lookup below is an index probe (btree on the phone and email keys, GIN trigrams on the company
        // key). Without statistics (PGlite never analyzes by itself; a fresh import has none) the planner would
        // rather scan the team's leads once per candidate: 10,000 candidates × 10,000 leads.
        await tx.execute(sql`set local enable_seqscan = off`);
        const result = (await tx.execute(sql`
          with c as (
            select (x.ord - 1)::int as i,
              salesflow_phone_key(x.v->>'phone') as phone_key,
              salesflow_email_key(x.v->>'email') as email_key,
              salesflow_company_key(x.v->>'companyName') as company_key
            from jsonb_array_elements(${input}::jsonb) with ordinality as x(v, ord)
          ),
          -- Fenced from the team filter: given it, a planner without statistics scans the team's leads and
          -- compares every pair; without it, each candidate is one probe of the trigram index.
          look_alike as materialized (
            select c.i, l.id, l.team_id from c join leads l on l.company_key % c.company_key
            -- Names that differ in their numbers are different customers ("Store 5" and "Store 6",
            -- "Paged Co 01" and "Paged Co 02"), however alike the rest.
            where regexp_replace(l.company_key, '[^0-9]', '', 'g') = regexp_replace(c.company_key, '[^0-9]', '', 'g')
          ),
          found as (
            select c.i, l.id from c join leads l on l.team_id = ${teamId} and l.phone_key = c.phone_key
            union
            select c.i, l.id from c join leads l on l.team_id = ${teamId} and l.email_key = c.email_key
            union
            select i, id from look_alike where team_id = ${teamId}
          ),
          ranked as (
            select f.i, l.id, l.owner_user_id, l.company_name, l.contact_name, l.stage, l.version,
              (l.phone_key = c.phone_key) is true as phone_match,
              (l.email_key = c.email_key) is true as email_match,
              exists (select 1 from look_alike a where a.i = f.i and a.id = f.id) as company_match,
              coalesce(similarity(l.company_key, c.company_key), 0)::float8 as similarity
            from found f join c on c.i = f.i join leads l on l.id = f.id
          ),
          numbered as (
            select r.*, row_number() over (
              partition by r.i order by (r.phone_match or r.email_match) desc, r.similarity desc, r.id) as n
            from ranked r
          )
          select c.i, c.phone_key, c.email_key, c.company_key, m.id, m.owner_user_id, m.company_name,
            m.contact_name, m.stage, m.version, m.phone_match, m.email_match, m.company_match, m.similarity
          from c left join numbered m on m.i = c.i and m.n <= ${options.perCandidate}
          order by c.i, m.n`)) as unknown as { rows: MatchRow[] };
        return result.rows;
      });
      const results = candidates.map(() => ({
        keys: { phoneKey: null, emailKey: null, companyKey: null } as CandidateKeys,
        matches: [] as DuplicateMatch[],
      }));
      for (const row of rows) {
        const entry = results[row.i];
        if (!entry) continue;
        entry.keys = { phoneKey: row.phone_key, emailKey: row.email_key, companyKey: row.company_key };
        if (row.id === null) continue;
        const similarity = Number(row.similarity ?? 0);
        const reasons: DuplicateReason[] = [];
        if (row.phone_match) reasons.push('phone');
        if (row.email_match) reasons.push('email');
        if (row.company_match) reasons.push('company');
        entry.matches.push({
          leadId: Number(row.id),
          ownerUserId: row.owner_user_id ?? '',
          companyName: row.company_name ?? '',
          contactName: row.contact_name ?? '',
          stage: row.stage ?? 'new',
          version: row.version ?? 1,
          reasons,
          similarity,
        });
      }
      return results;
    },
  };
}
