// Prints a chapter's steps as the simulator resolves them, for chapter authors:
//   npm run --silent lesson -- <chapter-id> [instance|ip] [--parts]
// With --parts it also lists every event and hop a step could use (the run's raw parts).
import { withViteModules } from './vite-modules.mjs';

const [id, mode = 'instance', ...flags] = process.argv.slice(2);
if (!id) {
  console.error('usage: npm run lesson -- <chapter-id> [instance|ip] [--parts]');
  process.exit(2);
}
await withViteModules(async (load) => {
  const { chapterSpec } = await load('/src/lesson/catalogue.ts');
  const { lessonOf } = await load('/src/lesson/lesson.ts');
  const { describeLesson, describePart } = await load('/src/lesson/describe-lesson.ts');
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
        console.log(
          `\n# run ${name}: ${run.steps.length} parts, requests ${JSON.stringify(run.requests)}`,
        );
        run.steps.forEach((part, i) => console.log(`  ${i}: ${describePart(part)}`));
      }
  }
});
