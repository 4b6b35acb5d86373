import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as commission from './commission.command.js';
import * as contract from './contract.command.js';
import * as customer from './customer.command.js';
import * as deliver from './deliver.command.js';
import * as discount from './discount.command.js';
import * as followup from './followup.command.js';
import * as invoice from './invoice.command.js';
import * as lead from './lead.command.js';
import * as needs from './needs.command.js';
import * as payment from './payment.command.js';
import * as pipeline from './pipeline.command.js';
import * as product from './product.command.js';
import * as quote from './quote.command.js';
import * as salesflow from './salesflow.command.js';
import * as service from './service.command.js';
import * as target from './target.command.js';

export function register(app: App, deps: AppDeps): void {
  lead.register(app, deps);
  followup.register(app, deps);
  needs.register(app, deps);
  pipeline.register(app, deps);
  salesflow.register(app, deps);
  discount.register(app, deps);
  contract.register(app, deps);
  payment.register(app, deps);
  invoice.register(app, deps);
  deliver.register(app, deps);
  commission.register(app, deps);
  target.register(app, deps);
  quote.register(app, deps);
  product.register(app, deps);
  customer.register(app, deps);
  service.register(app, deps);
}
