import { register } from 'node:module';

/*
 * `node --import ./trace-packages.mjs …` (or in NODE_OPTIONS): appends the name of every npm package the process
 * imports to the file named by SALESFLOW_TRACE_PACKAGES, one line per import, so a test can see what a start
 * loaded. The hook runs on Node's loader thread and sees every `import` (static or dynamic) of ES modules.
 */
const hook = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url)?.[1];
  if (name) appendFileSync(process.env.SALESFLOW_TRACE_PACKAGES, name + '\\n');
  return resolved;
}`;
if (process.env.SALESFLOW_TRACE_PACKAGES)
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
