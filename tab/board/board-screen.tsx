import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';
import { BoardColumns } from './board-columns.tsx';

/** The board screen (placeholder until the full board lands): the four columns as the API gives them. */
export function BoardScreen() {
  const { board, session } = useTeamData();
  useContentShown('board');
  return <BoardColumns board={board} locale={session.locale} />;
}
