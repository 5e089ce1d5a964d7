import { parseArgs } from 'node:util';
import { readUsersFile, writeUsersFile } from '../auth/users-file.ts';
import { runIfMain, usersFileFromEnv } from './cli-kit.ts';

const USAGE = 'usage: pnpm user:remove <username>';

/**
 * Removes one user from BFF_USERS_FILE; returns the process exit code. Every instance re-reads
 * the file, finds no fingerprint for the user, and ends their sessions on their next request.
 */
export async function userRemove(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const fail = (message: string) => {
    console.error(`user:remove: ${message}`);
    return 1;
  };
  let positionals: string[];
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, options: {} }).positionals;
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
  const target = usersFileFromEnv(env);
  if ('error' in target) return fail(target.error);
  const [username, ...extra] = positionals;
  if (username === undefined || extra.length > 0) {
    return fail(`give exactly one username\n${USAGE}`);
  }
  const data = await readUsersFile(target.file);
  if (!Object.hasOwn(data.users, username)) return fail(`no user ${username} in ${target.file}`);
  delete data.users[username];
  await writeUsersFile(target.file, data);
  console.log(`removed ${username} from ${target.file}; their sessions end on their next request`);
  return 0;
}

runIfMain(import.meta.url, 'user:remove', (argv) => userRemove(argv));
