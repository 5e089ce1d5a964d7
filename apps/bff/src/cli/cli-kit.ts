/** The users file the CLI edits, or a message saying how to name it. */
export function usersFileFromEnv(env: NodeJS.ProcessEnv): { file: string } | { error: string } {
  const file = env.BFF_USERS_FILE?.trim();
  if (!file) return { error: 'BFF_USERS_FILE is not set: point it at the users file to change.' };
  return { file };
}

/** Runs a CLI entry point when the file is the script node was started with. */
export function runIfMain(
  metaUrl: string,
  name: string,
  main: (argv: string[]) => Promise<number>,
): void {
  const script = process.argv[1];
  if (script === undefined || !metaUrl.endsWith(script.replace(/\\/g, '/'))) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`${name}: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
