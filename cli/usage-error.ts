/** A malformed command line (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {}
