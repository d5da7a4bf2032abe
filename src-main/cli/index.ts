import password from '@inquirer/password';
import { runCli } from './main';

/** Entry point for `npm run cli -- …`: real streams, a hidden prompt when there is a terminal. */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  promptSecret: async (question) => (process.stdin.isTTY ? password({ message: question, mask: true }) : null),
});
process.exitCode = code;
