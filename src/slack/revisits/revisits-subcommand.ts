import { revisitPolicy, setRevisitPolicy } from '../../features/revisits/revisits.usecases.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';

/**
 * `/salesflow revisits [7,30,90|off]`: the days after delivery a customer is revisited (定期回访). With no argument,
 * the policy now; admins change it (the use case refuses anyone else, and answers bad days with the usage).
 */
export const revisitsSubcommand: SalesflowSubcommandHandler = async ({ deps, args, respond, request }) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const describe = (days: number[], on: 'status' | 'set') =>
    days.length
      ? t(on === 'status' ? 'revisits.policy.status' : 'revisits.policy.set', { days: days.join(', ') })
      : t(on === 'status' ? 'revisits.policy.statusOff' : 'revisits.policy.setOff');
  if (!args.trim()) {
    const days = await revisitPolicy({ ...deps, actor });
    await reply(`${describe(days, 'status')}\n${t('revisits.policy.usage')}`);
    return;
  }
  const { days } = await setRevisitPolicy({ ...deps, actor, text: args });
  await reply(describe(days, 'set'));
};
