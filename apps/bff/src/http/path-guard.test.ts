import express from 'express';
import { describe, expect, it } from 'vitest';
import { expressPath, pathGuard } from './mount-route.ts';

const PATHS = ['/api/regions/{regionId}/widgets', '/api/regions/{regionId}/widgets/{id}/parts'];

describe('pathGuard', () => {
  const guard = pathGuard(PATHS);

  it('lets through every path a route of the group matches, as Express matches it', () => {
    for (const path of [
      '/api/regions/cn-hangzhou/widgets',
      '/api/regions/cn-hangzhou/widgets/',
      '/API/Regions/cn-hangzhou/WIDGETS',
      '/api/regions/cn-hangzhou/widgets/w-1/parts',
      '/api/regions/%E4%B8%AD/widgets/w%2F1/parts',
    ]) {
      expect(guard(path), path).toBe(true);
    }
  });

  it('skips paths no route can match: other resources, other depths', () => {
    for (const path of [
      '/api/regions/cn-hangzhou/gadgets',
      '/api/regions/cn-hangzhou',
      '/api/regions/cn-hangzhou/widgets/w-1',
      '/api/regions/cn-hangzhou/widgets/w-1/parts/p-1',
      '/api/health',
    ]) {
      expect(guard(path), path).toBe(false);
    }
  });

  it('never skips what Express would match (same verdicts on a sample of paths)', async () => {
    const app = express();
    const hits: string[] = [];
    for (const p of PATHS) app.all(expressPath(p), (req, res) => res.send(req.path));
    const samples = [
      '/api/regions/r/widgets',
      '/api/regions/r/widgets/',
      '/Api/Regions/r/Widgets/x/Parts/',
      '/api/regions//widgets',
      '/api/regions/r/widgets/x/parts/y',
      '/api/regions/r/widgetsx',
    ];
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    try {
      for (const path of samples) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        if (res.status === 200) hits.push(path);
      }
    } finally {
      server.close();
    }
    expect(hits.length).toBeGreaterThan(0);
    for (const path of hits) expect(guard(path), path).toBe(true);
  });

  it('never skips a group with a wildcard path', () => {
    expect(pathGuard(['/api/files/*rest'])('/api/other')).toBe(true);
  });
});
