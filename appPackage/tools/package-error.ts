/** An expected failure of packaging (bad env, invalid manifest): the CLI prints its message, no stack. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}
