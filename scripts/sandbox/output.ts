/** Where commands write: the console when run, a buffer under test. */
export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CommandOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/** A usage mistake: reported with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
