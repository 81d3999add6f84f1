/** A value read from storage with the ETag that guards its next write. */
export interface Stored<T> {
  value: T;
  etag: string;
}
