// npm run package: bundle the server built by `cargo build --release` (at the repository root)
// into server/, then build the extension and pack it with vsce as a platform-specific .vsix.
//
//   REPORT_LS_BINARY=/path/to/report-ls   use another binary than ../../target/release/report-ls
//   VSIX_OUT=/path/out.vsix               output file (default report-ls-<target>-<version>.vsix here)
//   REPORT_LS_STRIP=0                     bundle the binary unstripped
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const exe = process.platform === 'win32' ? 'report-ls.exe' : 'report-ls';
const binary = process.env.REPORT_LS_BINARY || path.join(here, '..', '..', 'target', 'release', exe);
if (!fs.existsSync(binary)) {
  console.error(`${binary} does not exist: run \`cargo build --release\` at the repository root first.`);
  process.exit(1);
}
const serverDir = path.join(here, 'server');
fs.rmSync(serverDir, { recursive: true, force: true });
fs.mkdirSync(serverDir);
fs.copyFileSync(binary, path.join(serverDir, exe));
fs.chmodSync(path.join(serverDir, exe), 0o755);
// The release profile keeps line tables for backtraces; the bundled copy drops them (35 MB ->
// a few MB) when `strip` is there. REPORT_LS_STRIP=0 keeps the binary as built.
if (process.platform !== 'win32' && process.env.REPORT_LS_STRIP !== '0') {
  const stripped = spawnSync('strip', [path.join(serverDir, exe)], { stdio: 'inherit' });
  if (stripped.error || stripped.status !== 0) console.log('strip failed or is not installed: bundling the binary as built');
}
const version = spawnSync(path.join(serverDir, exe), ['--version'], { encoding: 'utf8' });
console.log(`bundled ${binary} (${(version.stdout || version.stderr || '').trim()})`);

// VS Code's platform names: linux-x64, linux-arm64, darwin-arm64, win32-x64, alpine-x64, ...
const arch = { x64: 'x64', arm64: 'arm64', arm: 'armhf' }[process.arch] || process.arch;
const target = `${process.platform}-${arch}`;
const pkg = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));
const out = process.env.VSIX_OUT || path.join(here, `${pkg.name}-${target}-${pkg.version}.vsix`);
// vsce runs the vscode:prepublish script (type check + esbuild bundle) first. Everything the
// extension needs is in dist/extension.js, so node_modules stays out (--no-dependencies).
const vsce = path.join(here, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
const run = spawnSync(
  vsce,
  ['package', '--no-dependencies', '--allow-missing-repository', '--target', target, '--out', out],
  { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' },
);
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`packaged ${out}`);
