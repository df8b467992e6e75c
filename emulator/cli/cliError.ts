/** A mistake that ends the command: 2 for the command line (usage is shown), 1 for the config file or the port. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message)
    this.name = 'CliError'
  }
}
