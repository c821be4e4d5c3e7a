// Compiles MDX files the way the build does and lists their <Step>/<Question> ids:
//   node scripts/check-mdx.mjs content/chapters/*/en.mdx
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = await readFile(file, 'utf8');
  try {
    await compile(text, { remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] });
    const ids = (tag) => [...text.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'g'))].map((m) => m[1]);
    console.log(`${file}: ok\n  steps: ${ids('Step').join(', ')}\n  questions: ${ids('Question').join(', ')}`);
  } catch (error) {
    failed = true;
    console.log(`${file}: ${error.message}`);
  }
}
process.exitCode = failed ? 1 : 0;
