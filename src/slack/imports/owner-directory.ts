import type { WebClient } from '@slack/web-api';
import type { OwnerDirectory } from '../../features/imports/owner-matching.js';
import type { Logger } from '../../logger.js';

/** Owners written as emails, found through Slack (users.lookupByEmail, users:read.email). */
export function slackOwnerDirectory(client: WebClient, log: Logger): OwnerDirectory {
  return {
    async userIdByEmail(email) {
      try {
        const result = (await client.users.lookupByEmail({ email })) as {
          user?: { id?: string; deleted?: boolean };
        };
        return result.user && !result.user.deleted ? result.user.id : undefined;
      } catch (error) {
        // users_not_found is the common answer; anything else leaves the row's owner unknown too, and is logged.
        if ((error as { data?: { error?: string } }).data?.error !== 'users_not_found')
          log.warn({ err: error }, 'users.lookupByEmail failed; the owner stays unknown');
        return undefined;
      }
    },
  };
}
