import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE } from '../../../bot/config.ts';
import { createLocalIssuer, LOCAL_ISSUER_JWKS_PATH } from '../../../bot/local/local-issuer.ts';
import type { BoardResponse } from '../../../shared/api/board.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { callApi, type ApiResult } from '../../support/api-client.ts';
import { OTHER_TENANT_ID, TENANT_ID } from '../../support/ids.ts';
import { startTestService, testConfig, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';

let service: TestService;
let team: TeamFixture;
let task: Versioned<Task>;

beforeAll(async () => {
  service = await startTestService();
  team = await createTeamFixture(service.repos);
  const created = await callApi<Versioned<Task>>(service.url, 'POST', apiPaths.tasks(team.teamId), {
    token: await service.tokenFor(team.tenantId, team.leader),
    json: { title: 'Secret roadmap item' },
  });
  expect(created.status).toBe(201);
  task = created.body;
});
afterAll(() => service.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** The verifier allows 5 minutes of clock skew (design §4). */
const SKEW_SECONDS = 300;

function boardWith(request: { token?: string; headers?: Record<string, string> }) {
  return callApi(service.url, 'GET', apiPaths.board(team.teamId), request);
}

function mintForLeader(overrides: Record<string, unknown>): Promise<string> {
  return service.localIssuer.mint({ tenantId: team.tenantId, userId: team.leader }, { overrides });
}

/** A 401 that tells the client how to authenticate and why, and carries no team data. */
function expectUnauthorized(res: ApiResult<unknown>, reason: string): void {
  expect(res.status).toBe(401);
  expect(res.error?.code).toBe('unauthorized');
  expect(res.headers.get('www-authenticate')).toBe(
    `Bearer error="invalid_token", error_description="${reason}"`,
  );
  expect(JSON.stringify(res.body)).not.toContain(task.title);
}

describe('a token the service must refuse is a 401', () => {
  it('the issued token itself is accepted (control)', async () => {
    const res = await boardWith({ token: await mintForLeader({}) });
    expect(res.status).toBe(200);
  });

  it('no token', async () => {
    expectUnauthorized(await boardWith({}), 'missing_token');
  });

  it('Authorization: Basic', async () => {
    const res = await boardWith({
      headers: { authorization: `Basic ${Buffer.from('lee:hunter2').toString('base64')}` },
    });
    expectUnauthorized(res, 'malformed');
  });

  it('a bearer value that is not a JWT', async () => {
    expectUnauthorized(await boardWith({ token: 'not-a-jwt' }), 'malformed');
  });

  it('wrong aud', async () => {
    const token = await mintForLeader({ aud: 'api://localhost/some-other-app' });
    expectUnauthorized(await boardWith({ token }), 'wrong_audience');
  });

  it('wrong iss', async () => {
    const token = await mintForLeader({ iss: 'https://login.example.com/evil/v2.0' });
    expectUnauthorized(await boardWith({ token }), 'wrong_issuer');
  });

  it('expired beyond the 5 minutes of clock skew', async () => {
    const now = nowSeconds();
    const token = await mintForLeader({ iat: now - 3900, nbf: now - 3900, exp: now - SKEW_SECONDS - 10 });
    expectUnauthorized(await boardWith({ token }), 'expired');
  });

  it('expired within the 5 minutes of clock skew is still accepted (control)', async () => {
    const now = nowSeconds();
    const token = await mintForLeader({ iat: now - 3700, nbf: now - 3700, exp: now - SKEW_SECONDS + 120 });
    expect((await boardWith({ token })).status).toBe(200);
  });

  it('missing scp', async () => {
    expectUnauthorized(await boardWith({ token: await mintForLeader({ scp: undefined }) }), 'missing_scope');
  });

  it('scp without access_as_user', async () => {
    const token = await mintForLeader({ scp: 'User.Read' });
    expectUnauthorized(await boardWith({ token }), 'missing_scope');
  });

  it('missing oid', async () => {
    expectUnauthorized(await boardWith({ token: await mintForLeader({ oid: undefined }) }), 'missing_claim');
  });

  it('signed by another key (a second issuer with the same iss and aud)', async () => {
    const impostor = createLocalIssuer({
      issuer: service.localIssuer.issuer,
      audience: LOCAL_AUDIENCE,
      nodeEnv: 'test',
    });
    const token = await impostor.mint({ tenantId: team.tenantId, userId: team.leader });
    expectUnauthorized(await boardWith({ token }), 'bad_signature');
  });

  it('signed by another key that claims the trusted kid', async () => {
    const [trusted] = service.localIssuer.jwks().keys;
    const { privateKey } = await generateKeyPair('RS256');
    const now = nowSeconds();
    const token = await new SignJWT({
      iss: service.localIssuer.issuer,
      aud: LOCAL_AUDIENCE,
      tid: team.tenantId,
      oid: team.leader,
      scp: 'access_as_user',
      iat: now,
      exp: now + 600,
    })
      .setProtectedHeader({ alg: 'RS256', kid: trusted?.kid })
      .sign(privateKey);
    expectUnauthorized(await boardWith({ token }), 'bad_signature');
  });

  it('an unsigned token (alg none)', async () => {
    const now = nowSeconds();
    const token = new UnsecuredJWT({
      tid: team.tenantId,
      oid: team.leader,
      scp: 'access_as_user',
    })
      .setIssuer(service.localIssuer.issuer)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .encode();
    // The bearer syntax allows the trailing '.', so this reaches the verifier.
    expectUnauthorized(await boardWith({ token }), 'bad_signature');
  });
});

describe('tenant isolation', () => {
  it('a token of another tenant sees the team as missing, never its data', async () => {
    const token = await service.tokenFor(OTHER_TENANT_ID, team.leader);
    for (const path of [
      apiPaths.board(team.teamId),
      apiPaths.tasks(team.teamId),
      apiPaths.task(team.teamId, task.id),
    ]) {
      const res = await callApi(service.url, 'GET', path, { token });
      expect(res.status, path).toBe(404);
      expect(res.error?.code).toBe('not_found');
      expect(JSON.stringify(res.body)).not.toContain(task.title);
    }
    const patch = await callApi(service.url, 'PATCH', apiPaths.task(team.teamId, task.id), {
      token,
      ifMatch: '*',
      json: { title: 'Hijacked' },
    });
    expect(patch.status).toBe(404);
    expect((await service.repos.tasks.require(team, task.id)).value.title).toBe(task.title);
  });

  describe('a service trusting the issuer by settings, for one tenant only', () => {
    let strict: TestService;
    let strictTeam: TeamFixture;

    beforeAll(async () => {
      strict = await startTestService({
        config: testConfig({
          auth: {
            kind: 'entra',
            issuers: [service.localIssuer.issuer],
            jwksUrl: service.url + LOCAL_ISSUER_JWKS_PATH,
            audiences: [LOCAL_AUDIENCE],
            allowedTenants: [TENANT_ID],
          },
        }),
        issuer: service.localIssuer,
      });
      expect(strict.localIssuer).toBe(service.localIssuer);
      strictTeam = await createTeamFixture(strict.repos, { tenantId: TENANT_ID });
      await createTeamFixture(strict.repos, { tenantId: OTHER_TENANT_ID });
    });
    afterAll(() => strict.close());

    it('accepts a token of the allowed tenant (control)', async () => {
      const res = await callApi<BoardResponse>(strict.url, 'GET', apiPaths.board(strictTeam.teamId), {
        token: await strict.tokenFor(TENANT_ID, strictTeam.leader),
      });
      expect(res.status).toBe(200);
      expect(res.body.me.userId).toBe(strictTeam.leader);
    });

    it('refuses a token of another tenant with 401, by settings alone', async () => {
      const res = await callApi(strict.url, 'GET', apiPaths.board(strictTeam.teamId), {
        token: await strict.tokenFor(OTHER_TENANT_ID, strictTeam.leader),
      });
      expectUnauthorized(res, 'tenant_not_allowed');
    });

    it('does not serve the local issuer endpoints', async () => {
      const res = await callApi(strict.url, 'GET', LOCAL_ISSUER_JWKS_PATH);
      expect(res.status).toBe(404);
    });
  });
});
