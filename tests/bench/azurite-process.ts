import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface AzuriteProcess {
  connectionString: string;
  stop(): Promise<void>;
}

const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Azurite's table service in a process of its own, as Table Storage is a separate service in production:
 * the benchmark then measures the service, not Azurite sharing its event loop.
 */
export async function startAzuriteProcess(): Promise<AzuriteProcess> {
  const port = await freePort();
  const bin = fileURLToPath(new URL('../../node_modules/azurite/dist/src/table/main.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      bin,
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--silent',
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`azurite-table exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('successfully started')) resolve();
    });
  });
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
