// Prints a chapter's steps as the simulator resolves them, for chapter authors:
//   npm run --silent lesson -- <chapter-id> [instance|ip] [--parts]
// With --parts it also lists every event and hop a step could use (the run's raw parts).
import { createServer } from 'vite';

const [id, mode = 'instance', ...flags] = process.argv.slice(2);
if (!id) {
  console.error('usage: npm run lesson -- <chapter-id> [instance|ip] [--parts]');
  process.exit(2);
}
const server = await createServer({
  configFile: 'vite.config.ts',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { chapterSpec } = await server.ssrLoadModule('/src/lesson/catalogue.ts');
  const { lessonOf } = await server.ssrLoadModule('/src/lesson/lesson.ts');
  const { describeLesson, describePart } = await server.ssrLoadModule(
    '/src/lesson/describe-lesson.ts',
  );
  const spec = chapterSpec(id);
  if (!spec) {
    console.error(`no chapter.ts for ${id}`);
    process.exitCode = 2;
  } else {
    const started = performance.now();
    const lesson = lessonOf(spec, mode);
    const builtMs = performance.now() - started;
    console.log(describeLesson(lesson));
    console.log(`\n(simulated and resolved in ${builtMs.toFixed(0)} ms)`);
    if (flags.includes('--parts') && lesson.ok)
      for (const [name, run] of Object.entries(lesson.runs)) {
        console.log(`\n# run ${name}: ${run.steps.length} parts, requests ${JSON.stringify(run.requests)}`);
        run.steps.forEach((part, i) => console.log(`  ${i}: ${describePart(part)}`));
      }
  }
} finally {
  await server.close();
}
