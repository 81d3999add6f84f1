import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { startService } from '../server.ts';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from './demo-team.ts';
import { localHostRoutes } from './local-host.ts';
import { withLocalStorage } from './local-storage.ts';
import { loadDemoTeam } from './seed.ts';
import { tabDevServer } from './tab-dev-server.ts';

/** `npm run dev`: the whole product on one machine, with embedded storage and the local issuer. */
async function main(): Promise<void> {
  const config = loadConfig(undefined, { NODE_ENV: 'development' });
  mkdirSync(config.dataDir, { recursive: true });
  const { storage, resolved } = await withLocalStorage(config);
  const tab = tabDevServer();
  const service = await startService({
    config: resolved,
    extraMiddleware: [localHostRoutes({ nodeEnv: config.nodeEnv }), tab.middleware],
  });
  await tab.attach(service.httpServer);

  if (await service.repos.teams.isEmpty()) {
    const summary = await loadDemoTeam(service.repos, (name) => service.tables.table(name), new Date());
    console.log(
      `Empty storage: loaded the demo team "${summary.teamName}" (${summary.members} members, ${summary.tasks} tasks, ${summary.checkIns} check-ins).`,
    );
  }

  const team = encodeURIComponent(DEMO_TEAM_ID);
  console.log(
    [
      '',
      `Cadence is running at ${service.url}`,
      `  Teams host  ${service.url}/host        the tab inside a local stand-in for Teams`,
      `  tab         ${service.url}/            the tab on its own (local mode)`,
      `  health      ${service.url}/healthz`,
      `  bot         ${service.url}/api/messages`,
      `  board API   ${service.url}/api/v1/teams/${team}/board`,
      `  demo token  curl -s -X POST ${service.url}/local-issuer/token -H 'content-type: application/json' -d '{"tenantId":"${DEMO_TENANT_ID}","userId":"00000000-0000-4000-8000-0000000000a1"}'`,
      storage ? `  storage     embedded Azurite, data in ${path.resolve(config.dataDir, 'azurite')}` : '',
      'Press Ctrl-C to stop.',
    ]
      .filter(Boolean)
      .join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await tab.close();
    await service.close();
    await storage?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
