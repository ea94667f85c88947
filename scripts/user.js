// `npm run user -- <command>`: manage accounts on this install; `npm run user -- help` lists commands.
// Creating the first administrator on a real install:
//   npm run user -- create --username quantri --role admin --name "Quản trị"
//
// It runs build/operations.js, which `npm run build` compiles from src/lib/server together with the
// app (scripts/operationsBundle.js). So it needs neither the TypeScript sources nor a loader: a server
// with only build/ and the production dependencies runs it as is, against the same DATA_DIR or
// DATABASE_URL as the server (SQLite's busy timeout lets it run while the server is up).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, process.env.BUILD_OUT ?? 'build', 'operations.js');

if (!existsSync(bundle)) {
	console.error(`${bundle} does not exist. Run \`npm run build\` first: this command uses the built server code.`);
	process.exit(1);
}

/** @type {import('../src/lib/server/seed/operations').CommandIO} */
const io = {
	readNewPassword: (fromStdin) => (fromStdin ? readStdin() : promptTwice()),
	print: (line) => console.log(line),
	error: (line) => console.error(line)
};

try {
	/** @type {typeof import('../src/lib/server/seed/operations')} */
	const operations = await import(pathToFileURL(bundle).href);
	process.exitCode = await operations.runUserCommand(process.argv.slice(2), io);
} catch (error) {
	// Configuration and connection problems: the message says what to fix; a stack would hide it.
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}

/** The whole of stdin, without the final newline `echo` adds. */
async function readStdin() {
	const chunks = [];
	for await (const chunk of process.stdin) chunks.push(chunk);
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function promptTwice() {
	const first = await promptHidden('Mật khẩu mới / New password: ');
	const second = await promptHidden('Nhập lại / Again: ');
	if (first !== second) throw new Error('The two passwords differ; nothing was changed.');
	return first;
}

/**
 * Reads a line from the terminal without echoing it.
 * @param {string} question
 * @returns {Promise<string>}
 */
function promptHidden(question) {
	const { stdin, stdout } = process;
	if (!stdin.isTTY) {
		return Promise.reject(new Error('No terminal to type the password in: pipe it in with --password-stdin.'));
	}
	return new Promise((resolvePassword) => {
		let value = '';
		stdout.write(question);
		stdin.setRawMode(true);
		stdin.setEncoding('utf8');
		stdin.resume();
		/** @param {string} chunk */
		const onData = (chunk) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') {
					finish();
					resolvePassword(value);
					return;
				}
				if (char === '\u0003') {
					finish();
					process.exit(130); // Ctrl+C
				}
				value = char === '\u007f' || char === '\b' ? [...value].slice(0, -1).join('') : value + char;
			}
		};
		const finish = () => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			stdout.write('\n');
		};
		stdin.on('data', onData);
	});
}
