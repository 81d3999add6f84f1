import { createContext, useContext, type Dispatch, type SetStateAction } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { Session } from '../session/session.ts';

/** What every screen works with: who and where, the API for this team, and the board as last read. */
export interface TeamData {
  session: Session;
  api: ApiClient;
  board: BoardResponse;
  /** For optimistic updates and for applying what a write returned. */
  setBoard: Dispatch<SetStateAction<BoardResponse>>;
  /** Reads the board again from the service. */
  reload(): Promise<void>;
}

export const TeamDataContext = createContext<TeamData | undefined>(undefined);

export function useTeamData(): TeamData {
  const data = useContext(TeamDataContext);
  if (!data) throw new Error('useTeamData is used outside the loaded shell');
  return data;
}
