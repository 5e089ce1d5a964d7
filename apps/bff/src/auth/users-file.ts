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

/**
 * A users file that cannot be used. `reason` never quotes the file (a JSON error's own message
 * does: V8 shows the text around the fault, and the text holds password hashes), and `field`,
 * which names a user, stays out of public answers.
 */
export class UsersFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(`${file} ${reason}${field === undefined ? '' : ` (at ${field})`}`);
    this.name = 'UsersFileError';
  }
}

/** `line L, column C` of a JSON.parse error's `position N`, when V8 gives one. */
function jsonErrorPlace(text: string, err: unknown): string {
  const at = /position (\d+)/.exec((err as Error).message)?.[1];
  if (at === undefined) return '';
  const before = text.slice(0, Number(at)).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Reads the users file; a missing file is an empty one, a malformed file is an error naming it. */
export async function readUsersFile(file: string): Promise<UsersFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, users: {} };
    throw new UsersFileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsersFileError(file, `is not valid JSON${jsonErrorPlace(text, err)}`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsersFileError(
      file,
      `is not a users file: ${first?.message}`,
      first?.path.join('.') || 'the top level',
    );
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
