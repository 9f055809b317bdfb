// Builds the portal for the Maven jar, or runs its unit tests.
//
//   node build.mjs        bundle src/main.ts into app.js and copy public/ next to it (and the
//                         console src/ops/main.ts → ../ops/, the scanner src/scan/main.ts → ../scan/)
//   node build.mjs test   bundle src/**/*.test.ts for Node and run them with node --test
//
// The output folder is PORTAL_OUT_DIR (the Maven build sets it), by default
// target/classes/META-INF/resources/portal, so the jar serves the portal at /portal/ from WEB-INF/lib.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const mode = process.argv[2] ?? 'bundle';

if (mode === 'bundle') {
  const portalDir = path.resolve(root, process.env.PORTAL_OUT_DIR ?? 'target/classes/META-INF/resources/portal');
  await bundle(portalDir, 'src/main.ts', 'Fulfil');
  // The operator console: a second bundle beside the portal, served at /ops/.
  await bundle(path.join(path.dirname(portalDir), 'ops'), 'src/ops/main.ts', 'Fulfil · Operators');
  // The warehouse scanner app (handhelds): a third bundle, served at /scan/.
  await bundle(path.join(path.dirname(portalDir), 'scan'), 'src/scan/main.ts', 'Fulfil · Scanner');
} else if (mode === 'test') {
  process.exitCode = await test(path.resolve(root, 'target/portal-test'));
} else {
  console.error(`unknown mode ${mode}; use no argument (bundle) or "test"`);
  process.exitCode = 2;
}

async function bundle(outDir, entry, title) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers of the last few years; keycloak-js needs Web Crypto and fetch anyway.
    target: ['chrome109', 'firefox115', 'safari15.6', 'edge109'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  const css = await readFile(path.join(root, 'public/app.css'));
  await writeFile(path.join(outDir, 'app.css'), css);
  const js = await readFile(path.join(outDir, 'app.js'));
  // index.html is not cached for long by browsers; the version query makes a new build's
  // app.js and app.css load at once instead of a stale copy from the cache.
  const html = (await readFile(path.join(root, 'public/index.html'), 'utf8'))
    .replace('"app.js"', `"app.js?v=${digest(js)}"`)
    .replace('"app.css"', `"app.css?v=${digest(css)}"`)
    .replace('<title>Fulfil</title>', `<title>${title}</title>`);
  await writeFile(path.join(outDir, 'index.html'), html);
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`${entry}: ${path.relative(root, outDir)}/ app.js ${kib(js.length)}, app.css ${kib(css.length)}`
    + `, ${Object.keys(result.metafile.inputs).length} source files`);
}

async function test(outDir) {
  await rm(outDir, { recursive: true, force: true });
  const entries = (await readdir(path.join(root, 'src'), { recursive: true }))
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(root, 'src', file));
  if (entries.length === 0) {
    console.error('no *.test.ts files under src/');
    return 1;
  }
  await esbuild.build({
    entryPoints: entries,
    outdir: outDir,
    outbase: path.join(root, 'src'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const files = entries.map((entry) =>
    path.join(outDir, path.relative(path.join(root, 'src'), entry)).replace(/\.ts$/, '.mjs'));
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--enable-source-maps', ...files], { stdio: 'inherit' });
  return run.status ?? 1;
}

function digest(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}
