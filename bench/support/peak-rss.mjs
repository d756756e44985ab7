// bin/rbw.mjs for the bench's memory figures (bench/cases/bounds.ts): runs the same CLI and writes the process's
// peak resident memory (KB, from the kernel's own accounting) to $RBW_TEST_PEAK_FILE when it exits.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../cli/main.ts');
process.on('exit', () => {
  if (process.env.RBW_TEST_PEAK_FILE) {
    writeFileSync(process.env.RBW_TEST_PEAK_FILE, String(process.resourceUsage().maxRSS));
  }
});
process.exitCode = await main(process.argv.slice(2));
