import type { TestProject } from 'vitest/node';
import { startEmbeddedAzurite } from '../../bot/local/embedded-azurite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the in-memory Azurite that this test run shares. */
    storageConnectionString: string;
  }
}

/** One in-memory Azurite (tables and queues) on free ports for the whole run; tests isolate by table prefix. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startEmbeddedAzurite({});
  project.provide('storageConnectionString', azurite.connectionString);
  return () => azurite.stop();
}
