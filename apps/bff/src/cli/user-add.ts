import { parseArgs } from 'node:util';
import { roleSchema } from '@gc/contracts';
import { hashPassword } from '../auth/password.ts';
import { readUsersFile, usernameSchema, writeUsersFile } from '../auth/users-file.ts';
import { runIfMain, usersFileFromEnv } from './cli-kit.ts';
import { readPassword } from './read-password.ts';

const USAGE = 'usage: pnpm user:add <username> --role operator|auditor [--password-stdin]';

/** Where the password comes from: the prompt on a terminal, or stdin with `--password-stdin`. */
export type PasswordSource = (opts: { stdin: boolean; prompt: string }) => Promise<string>;

const fromProcess: PasswordSource = async ({ stdin, prompt }) => {
  if (!stdin && !process.stdin.isTTY) {
    throw new Error('stdin is not a terminal: pass --password-stdin to read the password from it');
  }
  return readPassword(prompt);
};

/**
 * Adds or updates one user of BFF_USERS_FILE; returns the process exit code. The password never
 * comes from the command line (shell history, `ps`): a prompt, or stdin with `--password-stdin`.
 * An update changes the user's fingerprint, so their open sessions end.
 */
export async function userAdd(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  password: PasswordSource = fromProcess,
): Promise<number> {
  const fail = (message: string) => {
    console.error(`user:add: ${message}`);
    return 1;
  };
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    return fail(
      '--password is gone: a password on the command line lands in shell history. Type it at ' +
        `the prompt, or pipe it with --password-stdin\n${USAGE}`,
    );
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
  const target = usersFileFromEnv(env);
  if ('error' in target) return fail(target.error);
  const [username, ...extra] = parsed.positionals;
  if (username === undefined || extra.length > 0)
    return fail(`give exactly one username\n${USAGE}`);
  const name = usernameSchema.safeParse(username);
  if (!name.success) return fail(`username ${name.error.issues[0]?.message}`);
  const role = roleSchema.safeParse(parsed.values.role);
  if (!role.success) return fail(`--role must be operator or auditor\n${USAGE}`);
  let secret: string;
  try {
    secret = await password({
      stdin: parsed.values['password-stdin'] === true,
      prompt: `Password for ${username}: `,
    });
  } catch (err) {
    return fail((err as Error).message);
  }
  if (secret.length < 8) return fail('the password must be at least 8 characters');
  const data = await readUsersFile(target.file);
  const existed = Object.hasOwn(data.users, username);
  data.users[username] = {
    role: role.data,
    passwordHash: await hashPassword(secret),
    updatedAt: new Date().toISOString(),
  };
  await writeUsersFile(target.file, data);
  console.log(`${existed ? 'updated' : 'added'} ${username} (${role.data}) in ${target.file}`);
  return 0;
}

runIfMain(import.meta.url, 'user:add', (argv) => userAdd(argv));
