import { mkdirSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.ts';
import { createRepositories } from '../../shared/store/repositories.ts';
import { createTableClients } from '../../shared/store/table-clients.ts';
import { TABLES } from '../../shared/store/table-names.ts';
import { withLocalStorage } from './local-storage.ts';
import { loadDemoTeam } from './seed.ts';

/** `npm run seed`: (re)loads the demo team into the configured storage, or into the local Azurite. */
async function main(): Promise<void> {
  const config = loadConfig(undefined, { NODE_ENV: 'development' });
  if (config.storage.kind === 'accountUrl') {
    throw new ConfigError(
      'STORAGE_ACCOUNT_URL',
      'is set: the demo team is only for local or emulator storage',
    );
  }
  mkdirSync(config.dataDir, { recursive: true });
  const { resolved, storage } = await withLocalStorage(config);
  try {
    if (resolved.storage.kind !== 'connectionString') throw new Error('unreachable: storage was resolved');
    const tables = createTableClients(resolved.storage);
    await tables.ensureTables(Object.values(TABLES));
    const summary = await loadDemoTeam(
      createRepositories((name) => tables.table(name)),
      (name) => tables.table(name),
      new Date(),
    );
    console.log(
      `Loaded the demo team "${summary.teamName}": ${summary.members} members, ${summary.goals} goals, ${summary.tasks} tasks, ${summary.checkIns} check-ins, ${summary.feedback} feedback, ${summary.recognition} recognition.`,
    );
  } finally {
    await storage?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
