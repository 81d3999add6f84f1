import type { Repositories } from '../../shared/store/repositories.ts';
import type { Logger } from '../logger.ts';
import type { Outbound } from './outbound.ts';
import type { TabLinks } from './tab-links.ts';

/** What command and card-action handlers need: storage, the clock, proactive sends and tab links. */
export interface BotDeps {
  repos: Repositories;
  now: () => Date;
  logger: Logger;
  outbound: Outbound;
  links: TabLinks;
}
