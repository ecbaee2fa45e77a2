import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { precompiledModuleSource } from '../../../lib/drafts/builtin/generate-precompiled.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles one module the way the extension build would and lists the packages it pulls in. */
async function bundle(entry: string): Promise<{ modules: string[]; code: string }> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'entry' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  return {
    modules: chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/\?.*$/, '')),
    code: chunks.map((chunk) => chunk.code).join('\n'),
  };
}

describe('precompiled built-in templates', () => {
  it('are up to date with the template sources (run `npx tsx lib/cli/precompile-templates.ts`)', () => {
    const onDisk = readFileSync(
      new URL('../../../lib/drafts/builtin/precompiled.gen.ts', import.meta.url),
      'utf8',
    );
    expect(onDisk === precompiledModuleSource(), 'precompiled.gen.ts is stale: regenerate it').toBe(true);
  });

  it('render through handlebars/runtime only: the compiler never reaches the content scripts', async () => {
    const { modules, code } = await bundle('lib/drafts/render.ts');
    const handlebars = modules.filter((id) => id.includes('node_modules/handlebars/'));
    expect(handlebars.some((id) => id.endsWith('handlebars/dist/cjs/handlebars.runtime.js'))).toBe(true);
    expect(handlebars.filter((id) => id.includes('/compiler/'))).toEqual([]);
    expect(handlebars.some((id) => id.endsWith('handlebars/dist/cjs/handlebars.js'))).toBe(false);
    expect(code).not.toMatch(/new Function|Function\.apply/);
  });

  it('compose pulls in the eval-free parser for validation but not the code generator', async () => {
    const { modules, code } = await bundle('lib/drafts/compose.ts');
    const compiler = modules.filter((id) =>
      id.includes('node_modules/handlebars/dist/cjs/handlebars/compiler/'),
    );
    expect(compiler.some((id) => id.endsWith('/parser.js'))).toBe(true);
    expect(compiler.filter((id) => /(javascript-compiler|compiler|code-gen)\.js$/.test(id))).toEqual([]);
    expect(code).not.toMatch(/new Function|Function\.apply/);
  });
});
