import seedInstanceText from '../../content/scenarios/seed-instance.yaml?raw';
import seedIpText from '../../content/scenarios/seed-ip.yaml?raw';
import type { ScenarioSource } from './chapters.ts';

/** The seeds' own setup (reference §14); seed 12 takes the cross-node path in instance mode. */
export const seedScenario: ScenarioSource = {
  files: {
    instance: { name: 'content/scenarios/seed-instance.yaml', text: seedInstanceText },
    ip: { name: 'content/scenarios/seed-ip.yaml', text: seedIpText },
  },
  url: 'https://api.example.com/location',
  seed: 12,
};
