import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from '../../scenarios/seed-instance.yaml?raw';

/**
 * The playground: a scenario with no written steps, so every event the controller's story tells
 * and every hop of the packet is a step of its own. It starts from the seed setup (reference §14).
 */
export default defineChapter({
  id: 'playground',
  scenario: { name: 'content/scenarios/seed-instance.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance', 'ip'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  steps: [],
  quiz: [],
});
