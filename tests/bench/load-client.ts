import { loadTest } from './board-load.ts';

/** A separate process generates the load, like a real client would, so it does not share the service's CPU. */
const [url, token, clients, total] = process.argv.slice(2);
const result = await loadTest(url!, token!, Number(clients), Number(total));
process.send?.(result);
