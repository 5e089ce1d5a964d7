// The storm's clients of bench/login-storm.ts, on their own event loop: an attacker's requests
// arrive from elsewhere, so building them and reading the answers must not load the BFF's loop.
// Plain JS: a worker thread does not inherit tsx's loader.
import { parentPort } from 'node:worker_threads';

// `size` 0 is a warm-up: the first fetch of a thread loads undici, which would delay the storm.
parentPort?.on('message', async ({ url, size }) => {
  if (size === 0) {
    await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
    parentPort?.postMessage([]);
    return;
  }
  const login = (i) =>
    fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Half a known user with a wrong password, half unknown users (the dummy hash): both hash.
      body: JSON.stringify({ username: i % 2 ? 'alice' : `nobody${i}`, password: 'wrong' }),
    }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0, // no answer at all (reset): counted as status 0
    );
  parentPort?.postMessage(await Promise.all(Array.from({ length: size }, (_, i) => login(i))));
});
