/** RowKeys of the `board` table: the kind first, so one kind is a range of the team's partition. */
export type BoardKind = 'member' | 'goal' | 'task' | 'review';

export function boardRowKey(kind: BoardKind, id: string): string {
  return `${kind}|${id}`;
}

export function boardRowPrefix(kind: BoardKind): string {
  return `${kind}|`;
}
