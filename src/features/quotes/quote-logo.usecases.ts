import type { Clock } from '../../lib/clock.js';
import type { Actor } from '../team/team.types.js';
import { NotTeamAdminError } from '../team/team-admin.errors.js';
import { prepareLogo } from './pdf/quote-logo.js';
import { QuoteLogoError } from './quote-logo.errors.js';
import { checkLogo, type ImageHeader } from './quote-logo.js';
import type { QuoteLogoRepository } from './quote-logo.repository.js';

export interface QuoteLogoDeps {
  quoteLogos: QuoteLogoRepository;
  clock: Clock;
}

function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new NotTeamAdminError(actor.userId);
}

/**
 * `/salesflow logo`: admins only (anyone else is told who can). Returns what the form shows: the team's logo now,
 * if any (its header, not its bytes).
 */
export async function startLogoUpload(
  deps: QuoteLogoDeps & { actor: Actor },
): Promise<{ current: (ImageHeader & { byteSize: number }) | null }> {
  assertAdmin(deps.actor);
  return { current: (await deps.quoteLogos.describe(deps.actor.teamId)) ?? null };
}

/**
 * The uploaded file becomes the team's logo on every quote PDF sent from now on (sent versions keep theirs). The
 * bytes are checked for what they are, not what their name says: a PNG or JPEG of sane size that decodes, or a
 * refusal saying what to upload.
 */
export async function setQuoteLogo(
  deps: QuoteLogoDeps & { actor: Actor; bytes: Uint8Array },
): Promise<ImageHeader & { byteSize: number }> {
  const { actor } = deps;
  assertAdmin(actor);
  const header = checkLogo(deps.bytes);
  // A right header on broken data (a PNG signature on garbage) is caught by decoding it as the PDF will.
  if (!(await prepareLogo(deps.bytes))) throw new QuoteLogoError('unreadable');
  await deps.quoteLogos.save({
    teamId: actor.teamId,
    header,
    bytes: deps.bytes,
    actorUserId: actor.userId,
    now: deps.clock.now(),
  });
  return { ...header, byteSize: deps.bytes.byteLength };
}

/** `/salesflow logo remove`: quotes go out with the team's name alone. `removed` is false when there was none. */
export async function removeQuoteLogo(deps: QuoteLogoDeps & { actor: Actor }): Promise<{ removed: boolean }> {
  assertAdmin(deps.actor);
  return { removed: await deps.quoteLogos.remove(deps.actor.teamId) };
}
