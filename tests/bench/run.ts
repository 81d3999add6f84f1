import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { LOCAL_AUDIENCE } from '../../bot/config.ts';
import { buildDemoTeam } from '../../bot/local/demo-team.ts';
import { writeDemoTeam } from '../../bot/local/seed.ts';
import { startService } from '../../bot/server.ts';
import { apiPaths } from '../../shared/api/routes.ts';
import { appendLinesConcurrently } from '../support/concurrent-writers.ts';
import { startAzuriteProcess } from './azurite-process.ts';
import { loadTestInChild } from './load-in-child.ts';

/** `npm run bench`: figures against a real (embedded) Azurite, printed and written to .bench/latest.json. */
async function main(): Promise<void> {
  const azurite = await startAzuriteProcess();
  const service = await startService({
    config: {
      nodeEnv: 'test',
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir: mkdtempSync(path.join(tmpdir(), 'cadence-bench-')),
      storage: { kind: 'connectionString', connectionString: azurite.connectionString },
      auth: { kind: 'local', audience: LOCAL_AUDIENCE },
      bot: { appType: 'MultiTenant' },
    },
    logger: pino({ level: 'silent' }),
  });
  try {
    const demo = buildDemoTeam(new Date(), 500);
    await writeDemoTeam(service.repos, demo);
    const leader = demo.team.settings.leaders[0]!;
    const token = await service.localIssuer!.mint({ tenantId: demo.team.tenantId, userId: leader });

    const boardUrl = service.url + apiPaths.board(demo.team.teamId);
    await loadTestInChild(boardUrl, token, 4, 40);
    const board = await loadTestInChild(boardUrl, token, 20, 400);

    const writersStarted = performance.now();
    const writers = await appendLinesConcurrently(
      { baseUrl: service.url, token, teamId: demo.team.teamId, taskId: demo.tasks[0]!.id },
      200,
    );

    const figures = {
      board_tasks: demo.tasks.length,
      board_api_requests: board.requests,
      board_api_errors: board.errors,
      board_api_p50_ms: board.p50,
      board_api_p95_ms: board.p95,
      board_api_rps: board.rps,
      lost_updates: writers.lost,
      lost_updates_writers: writers.writers,
      lost_updates_conflicts_recovered: writers.conflicts,
      lost_updates_seconds: Math.round((performance.now() - writersStarted) / 100) / 10,
    };
    console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
    console.log(`board API p95 goal ≤ 60 ms: ${board.p95 <= 60 ? 'met' : 'NOT met'} (${board.p95} ms)`);
    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await service.close();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
