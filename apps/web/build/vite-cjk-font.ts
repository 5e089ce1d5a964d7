import type { Plugin } from 'vite';
import {
  buildCjkFaces,
  chineseSources,
  cjkCharacters,
  fontFaceCss,
  type CjkFace,
} from './cjk-font';

/**
 * Self-hosts a Chinese face cut down, at build time, to the characters the UI and the demo data
 * use, so Chinese renders on a machine with no CJK font. Its @font-face rules go inline into
 * index.html (CSP allows inline styles; no extra request); the woff2 files are fetched only when
 * a character of theirs is on screen (`unicode-range`), so an English page loads none of them.
 */
export function cjkFont(webRoot: string): Plugin {
  let faces: Promise<CjkFace[]> | undefined;
  let base = '/';
  const build = () => (faces ??= buildCjkFaces(cjkCharacters(chineseSources(webRoot))));
  return {
    name: 'gc:cjk-font',
    configResolved(config) {
      base = config.base;
    },
    async generateBundle() {
      for (const face of await build()) {
        this.emitFile({ type: 'asset', fileName: face.fileName, source: face.source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        void build().then((built) => {
          const face = built.find((f) => req.url === `${base}${f.fileName}`);
          if (!face) return next();
          res.setHeader('Content-Type', 'font/woff2');
          res.end(face.source);
        }, next);
      });
    },
    async transformIndexHtml() {
      const css = fontFaceCss(await build(), base);
      return [{ tag: 'style', attrs: { 'data-cjk-font': '' }, children: css, injectTo: 'head' }];
    },
  };
}
