/** The task states, in board order. Kept free of zod so the tab can import it without the schema library. */
export const TASK_STATUSES = ['todo', 'doing', 'blocked', 'done'] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];
