/** Entry point of the admin CLI `inkludmi` (package.json "bin" → bin/inkludmi.js → out/main/cli.js). */
import { runCli } from './main.js';

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
