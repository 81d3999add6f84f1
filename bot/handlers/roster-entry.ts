/** A person on a team's roster as Teams lists them, already mapped off the wire. */
export interface RosterEntry {
  /** Entra object id. */
  userId: string;
  /** Teams user id (`29:…`). */
  teamsUserId: string;
  name: string;
  email?: string;
}
