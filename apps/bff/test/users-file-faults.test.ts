import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readySchema } from '@gc/contracts';
import { startBff } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { hashPassword } from '../src/auth/password.ts';
import { createFileUserStore } from '../src/auth/user-store.ts';
import { writeUsersFile } from '../src/auth/users-file.ts';
import { startHarness } from './harness.ts';

let dir: string;
let hash: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bff-users-faults-'));
  hash = await hashPassword('alice-password');
});

// Each fault sits next to a real hash: no message may quote it.
const faults = () => [
  {
    name: 'bad JSON',
    text: `{"users":{"alice":{"role":"operator","passwordHash":"${hash}",}}}`,
    reason: 'is not valid JSON (line 1, column',
  },
  {
    name: 'wrong shape',
    text: JSON.stringify({ users: { alice: { role: 'root', passwordHash: hash } } }),
    reason: 'is not a users file: Invalid option',
  },
];

describe('a malformed users file', () => {
  it('stops start-up with a message naming the file and the reason', async () => {
    for (const fault of faults()) {
      const file = path.join(dir, `start-${fault.name.replace(' ', '-')}.json`);
      await writeFile(file, fault.text);
      const config = loadConfig({
        PORT: '0',
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-not-used',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-used',
        BFF_SESSION_SECRET: 'x'.repeat(32),
        BFF_USERS_FILE: file,
      });
      const env = { AUDIT_SQLITE_PATH: path.join(dir, 'audit.sqlite') };
      const started = startBff(config, { env, logDestination: { write: () => undefined } });
      await expect(started).rejects.toThrow(`Cannot use the users file: ${file} ${fault.reason}`);
      await expect(started).rejects.not.toThrow('scrypt$');
    }
  });

  it('fails /api/ready with the reason once the file breaks while running', async () => {
    for (const fault of faults()) {
      const file = path.join(dir, `run-${fault.name.replace(' ', '-')}.json`);
      await writeUsersFile(file, {
        version: 1,
        users: { alice: { role: 'operator', passwordHash: hash } },
      });
      const h = await startHarness({ users: createFileUserStore(file), demo: false });
      try {
        expect((await h.agent().login('alice', 'alice-password')).status).toBe(200);
        await writeFile(file, fault.text);
        const res = await h.agent().get('/api/ready');
        expect(res.status).toBe(503);
        expect(readySchema.parse(res.body).status).toBe('unavailable');
        expect(res.body).toMatchObject({
          users: { reason: expect.stringContaining(`the users file ${fault.reason}`) as string },
        });
        // Neither a hash, nor the path, nor a username reaches the public answer.
        for (const secret of ['scrypt$', file, 'alice']) expect(res.text).not.toContain(secret);
        expect(h.logs.join('\n')).toContain(`${file} ${fault.reason}`);
        // Signing in now is refused with a clear 503, not a 500 with a stack.
        const login = await h.agent().login('alice', 'alice-password');
        expect(login.status).toBe(503);
        expect(login.body).toMatchObject({ error: { code: 'UsersUnavailable' } });
        expect(login.text).not.toContain('scrypt$');
      } finally {
        await h.close();
      }
    }
  });
});
