// Lints every processes/**/*.bpmn with bpmnlint (config .bpmnlintrc beside this file).
// Run by exec-maven-plugin before the tests; skip with -Dbpmnlint.skip. Steps: find the diagrams
// (none yet: warn and succeed), `npm ci` from package-lock.json, then bpmnlint over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const processesDir = resolve(process.argv[2] ?? join(here, '..', '..', '..', 'processes'));

function bpmnFiles(dir) {
	if (!existsSync(dir)) {
		return [];
	}
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			return bpmnFiles(path);
		}
		return entry.isFile() && entry.name.endsWith('.bpmn') ? [path] : [];
	});
}

function run(command, args) {
	// shell on Windows only, where npm is npm.cmd
	const result = spawnSync(command, args, { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.error) {
		console.error(`[ERROR] bpmnlint: cannot run ${command}: ${result.error.message} (is Node.js/npm on PATH? skip with -Dbpmnlint.skip)`);
		process.exit(2);
	}
	return result.status ?? 1;
}

const files = bpmnFiles(processesDir).sort();
if (files.length === 0) {
	console.warn(`[WARNING] bpmnlint: no .bpmn files under ${relative(process.cwd(), processesDir) || '.'}, lint skipped`);
	process.exit(0);
}

if (run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']) !== 0) {
	console.error('[ERROR] bpmnlint: npm ci failed');
	process.exit(2);
}

console.log(`[INFO] bpmnlint: checking ${files.length} diagram(s)`);
const status = run(process.execPath, [join(here, 'node_modules', 'bpmnlint', 'bin', 'bpmnlint.js'), '--config', join(here, '.bpmnlintrc'), ...files]);
if (status !== 0) {
	console.error('[ERROR] bpmnlint: BPMN lint failed (see above); fix the diagrams or skip with -Dbpmnlint.skip');
}
process.exit(status);
