import { describe, expect, it, vi } from 'vitest';
import { seedScenario } from '../lesson/seed-scenario.ts';
import { EVENT_STEP_MS } from '../lesson/chapter-steps.ts';

// The playground (no written chapter) has one step per event and hop. The seed: 23 controller
// steps then 16 packet hops in instance mode; 25 then 13 in ip mode.
const INSTANCE_STEPS = 39;
const IP_STEPS = 38;
const FIRST_PACKET_STEP = 23;
import { createTestStore as createAppStore } from './test-store.ts';
import {
  selectCurrentPart,
  selectCurrentStep,
  selectDurationMs,
  selectSettled,
  selectStepCount,
  selectStepIndex,
} from './selectors.ts';
import type { AppState } from './app-state.ts';
import { STEP_GAP_MS } from '../lesson/lesson.ts';

const fresh = () => {
  const store = createAppStore();
  store.getState().setChapter('playground');
  return store;
};
const index = (s: AppState) => selectStepIndex(s);
const segmentOf = (s: AppState) => {
  const part = selectCurrentPart(s);
  return part?.kind === 'packet' ? part.segment : null;
};
/** The settled end of step i in the playground (one part per step, a 1 ms gap between steps). */
const endOf = (i: number) => (i + 1) * EVENT_STEP_MS + i * STEP_GAP_MS;

describe('steps', () => {
  it('lands on the settled end of each step with next and previous, and stops at both ends', () => {
    const store = fresh();
    const s = () => store.getState();
    expect(selectStepCount(s())).toBe(INSTANCE_STEPS);
    // A chapter opens on its first step's settled frame.
    expect(s().simulatedMs).toBe(endOf(0));
    expect(selectSettled(s())).toBe(true);
    s().previousStep();
    expect(index(s())).toBe(0);
    s().nextStep();
    s().nextStep();
    expect(index(s())).toBe(2);
    expect(s().simulatedMs).toBe(endOf(2));
    s().lastStep();
    s().nextStep();
    expect(index(s())).toBe(INSTANCE_STEPS - 1);
    s().firstStep();
    expect(s().simulatedMs).toBe(endOf(0));
  });

  it('goes back one whole step, to its settled end, even from inside a step', () => {
    const store = fresh();
    store.getState().goToStep(4);
    store.getState().seek(4 * EVENT_STEP_MS + 4 * STEP_GAP_MS + 300);
    expect(index(store.getState())).toBe(4);
    expect(selectSettled(store.getState())).toBe(false);
    store.getState().previousStep();
    expect(store.getState().simulatedMs).toBe(endOf(3));
  });

  it('pauses when the reader steps', () => {
    const store = fresh();
    store.getState().play();
    store.getState().nextStep();
    expect(store.getState().playing).toBe(false);
  });

  it('names the hop of the current step, and none on a controller step', () => {
    const store = fresh();
    store.getState().goToStep(FIRST_PACKET_STEP + 5);
    expect(segmentOf(store.getState())?.hop.at).toBe('target-group');
    store.getState().goToStep(FIRST_PACKET_STEP - 1);
    expect(segmentOf(store.getState())).toBeNull();
    expect(selectCurrentPart(store.getState())?.kind).toBe('event');
  });
});

describe('the playback clock', () => {
  it('plays a settled step again from its start, and stops at its end', () => {
    const store = fresh();
    store.getState().goToStep(2);
    store.getState().play();
    const start = 2 * EVENT_STEP_MS + 2 * STEP_GAP_MS;
    expect(store.getState()).toMatchObject({ simulatedMs: start, playing: true });
    expect(selectSettled(store.getState())).toBe(false);
    store.getState().tick(EVENT_STEP_MS / 2);
    expect(store.getState().simulatedMs).toBe(start + EVENT_STEP_MS / 2);
    store.getState().tick(EVENT_STEP_MS * 10);
    // Without "play through" the prose never changes under the reader: the clock stops here.
    expect(store.getState()).toMatchObject({ simulatedMs: endOf(2), playing: false });
    expect(index(store.getState())).toBe(2);
  });

  it('advances by real time × speed across steps with "play through"', () => {
    const store = fresh();
    store.getState().setPlayThrough(true);
    store.getState().setSpeed(2);
    store.getState().play();
    store.getState().tick(EVENT_STEP_MS * 1.5);
    expect(index(store.getState())).toBe(2);
    expect(store.getState().playing).toBe(true);
  });

  it('does nothing while paused', () => {
    const store = fresh();
    const before = store.getState().simulatedMs;
    store.getState().tick(1000);
    expect(store.getState().simulatedMs).toBe(before);
  });

  it('stops at the end with "play through", and playing again starts over', () => {
    const store = fresh();
    store.getState().setPlayThrough(true);
    const end = selectDurationMs(store.getState());
    store.getState().play();
    store.getState().tick(end * 10);
    expect(store.getState()).toMatchObject({ simulatedMs: end, playing: false });
    expect(index(store.getState())).toBe(INSTANCE_STEPS - 1);
    store.getState().togglePlaying();
    expect(store.getState()).toMatchObject({ simulatedMs: 0, playing: true });
    expect(index(store.getState())).toBe(0);
  });

  it('keeps the speed between 0.25× and 4×', () => {
    const store = fresh();
    store.getState().setSpeed(100);
    expect(store.getState().speed).toBe(4);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.25);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(0.25);
  });

  it('clamps a seek into the run', () => {
    const store = fresh();
    store.getState().seek(-50);
    expect(store.getState().simulatedMs).toBe(0);
    store.getState().seek(1e9);
    expect(store.getState().simulatedMs).toBe(selectDurationMs(store.getState()));
  });
});

describe('the target type', () => {
  it('re-runs in ip mode, keeping the step when it exists and the last one otherwise', () => {
    const store = fresh();
    store.getState().goToStep(FIRST_PACKET_STEP + 7);
    store.getState().setMode('ip');
    expect(store.getState().mode).toBe('ip');
    expect(index(store.getState())).toBe(FIRST_PACKET_STEP + 7);
    expect(selectStepCount(store.getState())).toBe(IP_STEPS);
    store.getState().setMode('instance');
    store.getState().lastStep();
    store.getState().setMode('ip');
    expect(index(store.getState())).toBe(IP_STEPS - 1);
  });

  it('opens each chapter in its own mode at its first step', () => {
    const store = fresh();
    store.getState().goToStep(3);
    store.getState().setChapter('ip-mode');
    expect(store.getState()).toMatchObject({ chapterId: 'ip-mode', mode: 'ip' });
    expect(index(store.getState())).toBe(0);
    store.getState().setChapter('change-over-time');
    expect(store.getState().mode).toBe('ip');
    // A chapter with one target type ignores a switch to the other.
    store.getState().setChapter('without-controller');
    store.getState().setMode('ip');
    expect(store.getState().mode).toBe('instance');
  });
});

describe('the view', () => {
  it('toggles expanded groups without mutating the previous set', () => {
    const store = fresh();
    const before = store.getState().expanded;
    store.getState().toggleExpanded('more:node:a');
    expect(store.getState().expanded.has('more:node:a')).toBe(true);
    expect(before.size).toBe(0);
    store.getState().toggleExpanded('more:node:a');
    expect(store.getState().expanded.size).toBe(0);
  });

  it('opens and closes the inspector', () => {
    const store = fresh();
    store.getState().inspect('lb:default/domain-ingress');
    expect(store.getState().inspectedId).toBe('lb:default/domain-ingress');
    store.getState().closeInspector();
    expect(store.getState().inspectedId).toBeNull();
  });
});

describe('a custom scenario', () => {
  it('replaces the chapter scenario until cleared', () => {
    const store = fresh();
    store.getState().goToStep(3);
    const short = { ...seedScenario, url: 'https://nowhere.example.com/' };
    store.getState().loadScenario(short);
    expect(index(store.getState())).toBe(0);
    expect(selectStepCount(store.getState())).not.toBe(INSTANCE_STEPS);
    store.getState().loadScenario(null);
    expect(selectStepCount(store.getState())).toBe(INSTANCE_STEPS);
  });
});

describe('a written chapter', () => {
  it('steps through its own steps, each playing the events or hops it names', () => {
    const store = createAppStore();
    store.getState().setChapter('instance-mode');
    const s = () => store.getState();
    expect(selectStepCount(s())).toBeGreaterThanOrEqual(6);
    expect(selectStepCount(s())).toBeLessThanOrEqual(14);
    expect(selectCurrentStep(s())?.id).toBe('the-setup');
    s().nextStep();
    expect(selectCurrentStep(s())?.id).toBe('controller-starts');
    const step = selectCurrentStep(s())!;
    // Next lands on the settled end: the step's last part.
    expect(selectCurrentPart(s())).toBe(step.parts.at(-1));
    // Inside a step the clock moves from part to part.
    s().seek(step.parts[1]!.startMs);
    expect(selectCurrentPart(s())).toBe(step.parts[1]);
    expect(index(s())).toBe(1);
    s().lastStep();
    expect(segmentOf(s())?.direction).toBe('response');
  });

  it('keeps the step when the mode changes (its parts are asked again of the other run)', () => {
    const store = createAppStore();
    store.getState().setChapter('instance-mode');
    store.getState().goToStep(6);
    const id = selectCurrentStep(store.getState())?.id;
    store.getState().setMode('ip');
    expect(selectCurrentStep(store.getState())?.id).toBe(id);
    expect(selectSettled(store.getState())).toBe(true);
  });

  it('waits for a lesson from the worker, then lands on the step asked for', async () => {
    const { buildLesson } = await import('../lesson/build-lesson.ts');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = {
      load: async (request: Parameters<typeof buildLesson>[0]) => {
        await gate;
        return buildLesson(request);
      },
    };
    const { createAppStore: create } = await import('./app-store.ts');
    const store = create({ lessons: slow });
    store.getState().applyUrl({
      locale: 'en',
      chapterId: 'change-over-time',
      mode: null,
      step: 'fail-open',
      rawStep: 'fail-open',
      theme: 'system',
      problems: [],
    });
    expect(store.getState().lesson).toBeNull();
    release();
    await vi.waitFor(() => expect(store.getState().lesson).not.toBeNull());
    expect(selectCurrentStep(store.getState())?.id).toBe('fail-open');
    expect(selectSettled(store.getState())).toBe(true);
    expect(store.getState().mode).toBe('ip');
  });

  it('keeps the picture (marked stale) while the other target type is built, then lands on the same step', async () => {
    const { buildLesson } = await import('../lesson/build-lesson.ts');
    const gates: (() => void)[] = [];
    const requests: string[] = [];
    const gated = {
      load: async (request: Parameters<typeof buildLesson>[0]) => {
        requests.push(`${request.chapterId}/${request.mode}`);
        if (request.mode === 'ip') await new Promise<void>((resolve) => gates.push(resolve));
        return buildLesson(request);
      },
    };
    const { createAppStore: create } = await import('./app-store.ts');
    const store = create({ lessons: gated });
    store.getState().setChapter('instance-mode');
    await vi.waitFor(() => expect(store.getState().lesson).not.toBeNull());
    store.getState().nextStep();
    store.getState().nextStep();
    const shown = store.getState().lesson;
    const stepId = selectCurrentStep(store.getState())?.id;
    store.getState().setMode('ip');
    expect(store.getState().lesson).toBe(shown);
    expect(store.getState().lessonStale).toBe(true);
    // Asking again while it is on its way sends no second request, and lands nothing early.
    store.getState().loadLesson();
    store.getState().applyPending();
    expect(store.getState().lesson).toBe(shown);
    expect(requests.filter((r) => r === 'instance-mode/ip')).toHaveLength(1);
    gates.forEach((open) => open());
    await vi.waitFor(() => expect(store.getState().lessonStale).toBe(false));
    expect(store.getState().lesson).not.toBe(shown);
    expect(selectCurrentStep(store.getState())?.id).toBe(stepId);
    // Another chapter is not kept: its skeleton shows until it arrives.
    store.getState().setChapter('irsa');
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().lessonStale).toBe(false);
  });
});
