import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { roleSchema } from '@gc/contracts';

export const userRecordSchema = z.object({
  role: roleSchema,
  passwordHash: z.string().startsWith('scrypt$'),
  updatedAt: z.string().optional(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

/** The users file: `{ "users": { "<name>": { role, passwordHash, updatedAt } } }`. */
export const usersFileSchema = z.object({
  version: z.literal(1).default(1),
  users: z.record(z.string(), userRecordSchema),
});
export type UsersFile = z.infer<typeof usersFileSchema>;

/** Usernames: what the login form accepts, and nothing a shell or a log line would mangle. */
export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'must be 1–64 letters, digits, ., _, @ or -');

/** Reads the users file; a missing file is an empty one, a malformed file is an error naming it. */
export async function readUsersFile(file: string): Promise<UsersFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, users: {} };
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${file} is not a users file: ${first?.path.join('.')}: ${first?.message}`);
  }
  return parsed.data;
}

/** Writes the users file atomically (temp file in the same directory, then rename), mode 0600. */
export async function writeUsersFile(file: string, data: UsersFile): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}
