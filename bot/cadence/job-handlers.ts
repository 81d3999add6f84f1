import type { JobHandler } from './job-handler.ts';
import type { CadenceJobKind } from './jobs.ts';

/** One handler per job kind; the dispatcher receives the registry and looks the job's kind up in it. */
export type JobHandlers = { [K in CadenceJobKind]: JobHandler<K> };
