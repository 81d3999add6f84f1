import type { TableClient } from '@azure/data-tables';
import { ActivityLedger } from './activity-ledger.ts';
import { ReadThroughCache } from './read-through-cache.ts';
import { readBoard, type BoardSnapshot } from './board-reader.ts';
import { CheckInRepository } from './check-in-repository.ts';
import { EnqueueLedger } from './enqueue-ledger.ts';
import { FeedbackRepository } from './feedback-repository.ts';
import { goalRepository, type GoalRepository } from './goal-repository.ts';
import { IdempotencyRepository } from './idempotency-repository.ts';
import { MemberRepository } from './member-repository.ts';
import { RecognitionRepository } from './recognition-repository.ts';
import { ReviewRequestRepository } from './review-request-repository.ts';
import { TABLES, type TableName } from './table-names.ts';
import { taskRepository, type TaskRepository } from './task-repository.ts';
import { TeamRepository } from './team-repository.ts';
import { TimelineRepository } from './timeline-repository.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export interface Repositories {
  teams: TeamRepository;
  members: MemberRepository;
  goals: GoalRepository;
  tasks: TaskRepository;
  checkIns: CheckInRepository;
  feedback: FeedbackRepository;
  recognition: RecognitionRepository;
  /** Requests to review a finished task, in the team's board partition beside the tasks. */
  reviews: ReviewRequestRepository;
  /** Feedback and recognition read together, newest first. */
  timeline: TimelineRepository;
  idempotency: IdempotencyRepository;
  /** Scheduled cadence jobs already put on the queue, in the idempotency table. */
  enqueued: EnqueueLedger;
  /** Inbound bot activities already handled, so a redelivery has no second effect. */
  activities: ActivityLedger;
  /** The team's board, from a snapshot at most `cacheMaxAgeMs` old (fresh after this process's own writes). */
  readBoard(scope: TeamScope): Promise<BoardSnapshot>;
}

export interface RepositoryOptions {
  /** How stale a cached board or team may be before it is re-read (writes through this process drop it at once). */
  cacheMaxAgeMs?: number;
}

/** Wires one repository per entity onto the Cadence tables. */
export function createRepositories(
  table: (name: TableName) => TableClient,
  options: RepositoryOptions = {},
): Repositories {
  const board = table(TABLES.board);
  const timeline = table(TABLES.timeline);
  const maxAgeMs = options.cacheMaxAgeMs ?? 1000;
  const boards = new ReadThroughCache<BoardSnapshot>({ maxAgeMs });
  const onBoardWrite = (partitionKey: string) => boards.invalidate(partitionKey);
  return {
    teams: new TeamRepository(table(TABLES.teams), new ReadThroughCache({ maxAgeMs })),
    members: new MemberRepository(board, onBoardWrite),
    goals: goalRepository(board, onBoardWrite),
    tasks: taskRepository(board, onBoardWrite),
    checkIns: new CheckInRepository(table(TABLES.checkIns)),
    // The board shows link counts from the timeline: its partition keys are the board's, so one hook serves.
    feedback: new FeedbackRepository(timeline, onBoardWrite),
    recognition: new RecognitionRepository(timeline, onBoardWrite),
    reviews: new ReviewRequestRepository(board),
    timeline: new TimelineRepository(timeline),
    idempotency: new IdempotencyRepository(table(TABLES.idempotency)),
    enqueued: new EnqueueLedger(table(TABLES.idempotency)),
    activities: new ActivityLedger(table(TABLES.activities)),
    readBoard: (scope) => boards.get(teamPartitionKey(scope), () => readBoard(board, timeline, scope)),
  };
}
