import { chartImagesPolicy, setChartImages } from '../../features/digest/chart-images.usecases.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';

const ON = new Set(['on', 'yes', 'true', '开', '开启']);
const OFF = new Set(['off', 'no', 'false', '关', '关闭']);

/**
 * `/salesflow charts [images on|off]`: the team's chart images policy. With no argument, what it is now; admins
 * change it (the use case refuses anyone else, with what to do).
 */
export const chartsSubcommand: SalesflowSubcommandHandler = async ({ deps, args, respond, request }) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const words = args.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && (words[0] === 'images' || words[0] === '图片'))) {
    const on = await chartImagesPolicy({ ...deps, actor });
    await reply(`${t(on ? 'charts.statusOn' : 'charts.statusOff')}\n${t('charts.usage')}`);
    return;
  }
  const [what = '', value = ''] = words;
  const on = ON.has(value) ? true : OFF.has(value) ? false : null;
  if (words.length !== 2 || (what !== 'images' && what !== '图片') || on === null) {
    await reply(t('charts.usage'));
    return;
  }
  const result = await setChartImages({ ...deps, actor, on });
  await reply(
    t(
      result.changed
        ? result.on
          ? 'charts.turnedOn'
          : 'charts.turnedOff'
        : result.on
          ? 'charts.alreadyOn'
          : 'charts.alreadyOff',
    ),
  );
};
