/**
 * Run a command-line entry point: its result is the process's exit code, and
 * an exception (a bug) is printed and exits with 1 instead of an unhandled
 * rejection. The process ends by itself once nothing is left to do.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
