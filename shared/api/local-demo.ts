/**
 * Local mode only (`npm run dev`, never production): the demo team and the people the local issuer
 * signs in as, for the tab's local mode and the local Teams host page.
 */
export const LOCAL_DEMO_PATH = '/local-host/demo-team';
export const LOCAL_TOKEN_PATH = '/local-issuer/token';

export interface LocalDemoPerson {
  userId: string;
  name: string;
  email: string;
  isLeader: boolean;
}

export interface LocalDemoTeam {
  tenantId: string;
  teamId: string;
  teamName: string;
  people: LocalDemoPerson[];
}
