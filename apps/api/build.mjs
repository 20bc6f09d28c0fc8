// `nx run api:build`: compiles the API and the libraries it imports to CommonJS in dist/apps/api with SWC,
// keeping decorator metadata (Nest's dependency injection needs it) and rewriting @streamscape/* imports
// to relative paths. Types are checked by the typecheck target, not here. Run: node dist/apps/api/main.js
import { transformFile } from '@swc/core';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'dist/apps/api');
const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));

// the app and every library folder an alias points into
const roots = [
  'apps/api/src',
  ...new Set(Object.values(compilerOptions.paths).map(([p]) => p.split('/src/')[0] + '/src')),
];
const sources = roots
  .flatMap((root) => walk(join(ROOT, root)))
  .filter((f) => f.endsWith('.ts') && !/\.(spec|int-spec)\.ts$|\/testing\//.test(f));

rmSync(OUT, { recursive: true, force: true });
for (const file of sources) {
  const { code, map } = await transformFile(file, {
    sourceMaps: true,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      baseUrl: ROOT,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  });
  const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  writeFileSync(`${target}.map`, map);
}
writeFileSync(join(OUT, 'main.js'), "require('./apps/api/src/main.js');\n");
process.stdout.write(`compiled ${sources.length} files to ${relative(ROOT, OUT)}\n`);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
