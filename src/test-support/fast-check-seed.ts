import fc from 'fast-check';

/**
 * Property tests draw a fresh seed each run on a developer's machine; CI (and anyone replaying a
 * failure) pins it with FC_SEED so that a run's result does not depend on chance.
 */
const pinned = process.env.FC_SEED;
if (pinned && /^-?\d+$/.test(pinned)) fc.configureGlobal({ seed: Number(pinned) });
