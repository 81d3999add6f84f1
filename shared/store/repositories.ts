import type { TableClient } from '@azure/data-tables';
import { readBoard, type BoardSnapshot } from './board-reader.ts';
import { CheckInRepository } from './check-in-repository.ts';
import { FeedbackRepository } from './feedback-repository.ts';
import { GoalRepository } from './goal-repository.ts';
import { MemberRepository } from './member-repository.ts';
import { RecognitionRepository } from './recognition-repository.ts';
import { TABLES, type TableName } from './table-names.ts';
import { TaskRepository } from './task-repository.ts';
import { TeamRepository } from './team-repository.ts';
import type { TeamScope } from './team-scope.ts';

export interface Repositories {
  teams: TeamRepository;
  members: MemberRepository;
  goals: GoalRepository;
  tasks: TaskRepository;
  checkIns: CheckInRepository;
  feedback: FeedbackRepository;
  recognition: RecognitionRepository;
  readBoard(scope: TeamScope): Promise<BoardSnapshot>;
}

/** Wires one repository per entity onto the Cadence tables. */
export function createRepositories(table: (name: TableName) => TableClient): Repositories {
  const board = table(TABLES.board);
  return {
    teams: new TeamRepository(table(TABLES.teams)),
    members: new MemberRepository(board),
    goals: new GoalRepository(board),
    tasks: new TaskRepository(board),
    checkIns: new CheckInRepository(table(TABLES.checkIns)),
    feedback: new FeedbackRepository(table(TABLES.timeline)),
    recognition: new RecognitionRepository(table(TABLES.timeline)),
    readBoard: (scope) => readBoard(board, scope),
  };
}
