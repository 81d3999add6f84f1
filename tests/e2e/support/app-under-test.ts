import { localHostRoutes } from '../../../bot/local/local-host.ts';
import { loadDemoTeam } from '../../../bot/local/seed.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { builtTab } from './built-tab.ts';

export interface AppUnderTest {
  /** The service's origin: the tab at `/`, the local Teams host at `/host`. */
  url: string;
  service: TestService;
  close(): Promise<void>;
}

/**
 * The real service against the test run's Azurite, serving the built tab and the local Teams host,
 * with the demo team loaded: what `npm run dev` gives a newcomer, minus Vite's dev server.
 */
export async function startAppUnderTest(): Promise<AppUnderTest> {
  const tabDir = await builtTab();
  const service = await startTestService({
    tabDir,
    extraMiddleware: [localHostRoutes({ nodeEnv: 'test' })],
  });
  await loadDemoTeam(service.repos, (name) => service.tables.table(name), new Date());
  return { url: service.url, service, close: () => service.close() };
}
