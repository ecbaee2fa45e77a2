import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompiledModuleSource } from '../drafts/builtin/generate-precompiled.ts';

// Run as `npx tsx lib/cli/precompile-templates.ts` (the prebuild step): regenerates the
// precompiled built-in templates the extension renders without eval.
const target = fileURLToPath(new URL('../drafts/builtin/precompiled.gen.ts', import.meta.url));
writeFileSync(target, precompiledModuleSource());
process.stdout.write(`wrote ${target}\n`);
