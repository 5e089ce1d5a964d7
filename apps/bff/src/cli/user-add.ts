import { parseArgs } from 'node:util';
import { roleSchema } from '@gc/contracts';
import { hashPassword } from '../auth/password.ts';
import { readUsersFile, usernameSchema, writeUsersFile } from '../auth/users-file.ts';
import { readPassword } from './read-password.ts';

const USAGE = 'usage: pnpm user:add <username> --role operator|auditor [--password P]';

/** Adds or updates one user of BFF_USERS_FILE; returns the process exit code. */
export async function userAdd(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const fail = (message: string) => {
    console.error(`user:add: ${message}`);
    return 1;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, password: { type: 'string' } },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
  const file = env.BFF_USERS_FILE?.trim();
  if (!file)
    return fail('BFF_USERS_FILE is not set: point it at the users file to create or update.');
  const [username, ...extra] = parsed.positionals;
  if (username === undefined || extra.length > 0)
    return fail(`give exactly one username\n${USAGE}`);
  const name = usernameSchema.safeParse(username);
  if (!name.success) return fail(`username ${name.error.issues[0]?.message}`);
  const role = roleSchema.safeParse(parsed.values.role);
  if (!role.success) return fail(`--role must be operator or auditor\n${USAGE}`);
  const password = parsed.values.password ?? (await readPassword(`Password for ${username}: `));
  if (password.length < 8) return fail('the password must be at least 8 characters');
  const data = await readUsersFile(file);
  const existed = Object.hasOwn(data.users, username);
  data.users[username] = {
    role: role.data,
    passwordHash: await hashPassword(password),
    updatedAt: new Date().toISOString(),
  };
  await writeUsersFile(file, data);
  console.log(`${existed ? 'updated' : 'added'} ${username} (${role.data}) in ${file}`);
  return 0;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  userAdd(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`user:add: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
