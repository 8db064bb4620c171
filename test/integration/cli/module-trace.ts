// Loaded with `node --import` into a spawned `ropa`: writes the URL of every module the process loaded, one a line,
// to the file ROPA_TRACE_MODULES names, when the process exits. The CLI tests read it to see what a command loads.
import { writeFileSync } from 'node:fs';
import module from 'node:module';

const target = process.env['ROPA_TRACE_MODULES'];
const loaded: string[] = [];
module.registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  if (target !== undefined) writeFileSync(target, `${loaded.join('\n')}\n`);
});
