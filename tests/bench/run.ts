import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { LOCAL_AUDIENCE } from '../../bot/config.ts';
import { buildDemoTeam } from '../../bot/local/demo-team.ts';
import { localHostRoutes } from '../../bot/local/local-host.ts';
import { writeDemoTeam } from '../../bot/local/seed.ts';
import { startService } from '../../bot/server.ts';
import { apiPaths } from '../../shared/api/routes.ts';
import { eraseTeamData } from '../../shared/store/team-eraser.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { builtTab } from '../e2e/support/built-tab.ts';
import { appendLinesConcurrently } from '../support/concurrent-writers.ts';
import { startAzuriteProcess } from './azurite-process.ts';
import { measureFanout } from './fanout.ts';
import { invokeActivities, invokeLoadInChild, seedInvokeTeam } from './invoke-load.ts';
import { loadTestInChild } from './load-in-child.ts';
import { initialJsGzipKb, measureBoardLoads } from './tab-load.ts';

/** Page loads per board size for the medians (after one unmeasured warm-up load). */
const TAB_LOADS = 7;

function goalLine(label: string, value: number, goal: number, unit: string): string {
  return `${label} goal ≤ ${goal} ${unit}: ${value <= goal ? 'met' : 'NOT met'} (${value} ${unit})`;
}

/** `npm run bench`: figures against a real (embedded) Azurite, printed and written to .bench/latest.json. */
async function main(): Promise<void> {
  const [azurite, tabDir] = await Promise.all([startAzuriteProcess(), builtTab()]);
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
      cadence: { enabled: false, workers: 1, tenantRps: 40, tickSeconds: 60 },
    },
    logger: pino({ level: 'silent' }),
    tabDir,
    extraMiddleware: [localHostRoutes({ nodeEnv: 'test' })],
  });
  // Chromium starts after the API figures: a browser starting up would take CPU from the service under load.
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const demo = buildDemoTeam(new Date(), 500);
    await writeDemoTeam(service.repos, demo);
    const leader = demo.team.settings.leaders[0]!;
    const token = await service.localIssuer!.mint({ tenantId: demo.team.tenantId, userId: leader });

    const boardUrl = service.url + apiPaths.board(demo.team.teamId);
    await loadTestInChild(boardUrl, token, 4, 40);
    const board = await loadTestInChild(boardUrl, token, 20, 400);

    // Check-in submits as Teams posts them: 50 members × 8 submits, 20 at a time, after an unmeasured warm-up
    // of 2 submits per member (the invoke path is much longer than the board's, so it takes longer to warm).
    const invokeTeam = await seedInvokeTeam(service.repos, new Date());
    await invokeLoadInChild(service.url, invokeActivities(invokeTeam, 2, 'warm-up'), 20);
    const invokes = await invokeLoadInChild(service.url, invokeActivities(invokeTeam, 8, 'run', 2), 20);

    const writersStarted = performance.now();
    const writers = await appendLinesConcurrently(
      { baseUrl: service.url, token, teamId: demo.team.teamId, taskId: demo.tasks[0]!.id },
      200,
    );

    const writersSeconds = Math.round((performance.now() - writersStarted) / 100) / 10;

    // The tab in the local Teams host (signed in as the leader), over the same service.
    browser = await launchChromium();
    const tab500 = await measureBoardLoads(browser, service.url, leader, TAB_LOADS);
    const big = buildDemoTeam(new Date(), 2000);
    await eraseTeamData((name) => service.tables.table(name), demo.team);
    await writeDemoTeam(service.repos, big);
    const tab2000 = await measureBoardLoads(browser, service.url, leader, TAB_LOADS);

    // The fan-out runs on Azurite processes of its own and its own connector, after the service's figures.
    const fanout = await measureFanout();

    const figures = {
      ...fanout,
      board_tasks: demo.tasks.length,
      board_api_requests: board.requests,
      board_api_errors: board.errors,
      board_api_p50_ms: board.p50,
      board_api_p95_ms: board.p95,
      board_api_rps: board.rps,
      invoke_requests: invokes.requests,
      invoke_errors: invokes.errors,
      invoke_p50_ms: invokes.p50,
      invoke_p95_ms: invokes.p95,
      invoke_rps: invokes.rps,
      lost_updates: writers.lost,
      lost_updates_writers: writers.writers,
      lost_updates_conflicts_recovered: writers.conflicts,
      lost_updates_seconds: writersSeconds,
      board_ready_ms_500: tab500.boardReadyMs,
      board_ready_ms_2000: tab2000.boardReadyMs,
      board_ready_loads: tab500.samples,
      board_api_response_at_ms_500: tab500.boardResponseMs,
      board_api_response_at_ms_2000: tab2000.boardResponseMs,
      board_tasks_big: big.tasks.length,
      dom_nodes_2000: tab2000.domNodes,
      initial_js_gzip_kb: initialJsGzipKb(tabDir),
      notify_success_ms: tab500.notifySuccessMs,
    };
    console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
    console.log(goalLine('board API p95', board.p95, 60, 'ms'));
    console.log(goalLine('check-in invoke p95', invokes.p95, 250, 'ms'));
    console.log(goalLine('board ready, 500 tasks', figures.board_ready_ms_500, 400, 'ms'));
    console.log(goalLine('board ready, 2,000 tasks', figures.board_ready_ms_2000, 600, 'ms'));
    console.log(goalLine('DOM nodes, 2,000 tasks', figures.dom_nodes_2000, 1400, 'nodes'));
    console.log(goalLine('initial JS', figures.initial_js_gzip_kb, 150, 'kB gzip'));
    console.log(
      `fan-out goal ratio ≥ 0.97, 0 duplicates, 0 missed: ${
        fanout.fanout_rate_ratio >= 0.97 && fanout.fanout_duplicates === 0 && fanout.fanout_missed === 0
          ? 'met'
          : 'NOT met'
      } (ratio ${fanout.fanout_rate_ratio}, ${fanout.fanout_duplicates} duplicates, ${fanout.fanout_missed} missed)`,
    );
    console.log(goalLine('notifySuccess', figures.notify_success_ms, 1000, 'ms'));
    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await browser?.close();
    await service.close();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
