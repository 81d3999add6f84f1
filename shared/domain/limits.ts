/** Text limits shared by validation, cards and storage. Well under Table Storage's 64 KiB string cap. */
export const LIMITS = {
  name: 120,
  title: 200,
  shortText: 500,
  longText: 4000,
  tag: 32,
  tagsPerItem: 20,
  skillsPerMember: 30,
  questionsPerTeam: 10,
  valuesPerTeam: 12,
  leadersPerTeam: 50,
  blockersPerCheckIn: 10,
  winsPerCheckIn: 10,
  taskUpdatesPerCheckIn: 200,
  recipientsPerRecognition: 20,
} as const;
