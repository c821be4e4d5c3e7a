import { describe, expect, it } from 'vitest';
import { seedScenario } from '../lesson/seed-scenario.ts';
import { EVENT_STEP_MS } from '../lesson/chapter-steps.ts';

// The playground (no written chapter) has one step per event and hop. The seed: 21 controller
// steps then 16 packet hops in instance mode; 23 then 13 in ip mode.
const INSTANCE_STEPS = 37;
const IP_STEPS = 36;
const FIRST_PACKET_STEP = 21;
import { createAppStore } from './app-store.ts';
import {
  selectCurrentPart,
  selectCurrentSegment,
  selectCurrentStep,
  selectDurationMs,
  selectStepCount,
} from './selectors.ts';

const fresh = () => {
  const store = createAppStore();
  store.getState().setChapter('playground');
  return store;
};

describe('steps', () => {
  it('moves between segment starts with next and previous, and stops at both ends', () => {
    const store = fresh();
    const s = () => store.getState();
    expect(selectStepCount(s())).toBe(INSTANCE_STEPS);
    s().previousStep();
    expect(s().stepIndex).toBe(0);
    s().nextStep();
    s().nextStep();
    expect(s()).toMatchObject({ stepIndex: 2, simulatedMs: 2 * EVENT_STEP_MS });
    s().lastStep();
    s().nextStep();
    expect(s().stepIndex).toBe(INSTANCE_STEPS - 1);
    s().firstStep();
    expect(s()).toMatchObject({ stepIndex: 0, simulatedMs: 0 });
  });

  it('goes back to the start of the current step first when the clock is inside it', () => {
    const store = fresh();
    store.getState().goToStep(4);
    store.getState().seek(4 * EVENT_STEP_MS + 300);
    store.getState().previousStep();
    expect(store.getState()).toMatchObject({ stepIndex: 4, simulatedMs: 4 * EVENT_STEP_MS });
    store.getState().previousStep();
    expect(store.getState().stepIndex).toBe(3);
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
    expect(selectCurrentSegment(store.getState())?.hop.at).toBe('target-group');
    store.getState().goToStep(FIRST_PACKET_STEP - 1);
    expect(selectCurrentSegment(store.getState())).toBeNull();
    expect(selectCurrentPart(store.getState())?.kind).toBe('event');
  });
});

describe('the playback clock', () => {
  it('advances by real time × speed and moves the step along', () => {
    const store = fresh();
    store.getState().setSpeed(2);
    store.getState().play();
    store.getState().tick(EVENT_STEP_MS);
    expect(store.getState()).toMatchObject({ simulatedMs: 2 * EVENT_STEP_MS, stepIndex: 2 });
  });

  it('does nothing while paused', () => {
    const store = fresh();
    store.getState().tick(1000);
    expect(store.getState().simulatedMs).toBe(0);
  });

  it('stops at the end, and playing again starts over', () => {
    const store = fresh();
    const end = selectDurationMs(store.getState());
    store.getState().play();
    store.getState().tick(end * 10);
    expect(store.getState()).toMatchObject({
      simulatedMs: end,
      playing: false,
      stepIndex: INSTANCE_STEPS - 1,
    });
    store.getState().togglePlaying();
    expect(store.getState()).toMatchObject({ simulatedMs: 0, stepIndex: 0, playing: true });
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
    expect(store.getState()).toMatchObject({ mode: 'ip', stepIndex: FIRST_PACKET_STEP + 7 });
    expect(selectStepCount(store.getState())).toBe(IP_STEPS);
    expect(selectCurrentSegment(store.getState())?.hop.target).toMatch(/^10\.0\./);
    store.getState().setMode('instance');
    store.getState().lastStep();
    store.getState().setMode('ip');
    expect(store.getState().stepIndex).toBe(IP_STEPS - 1);
  });

  it('opens each chapter in its own mode at its first step', () => {
    const store = fresh();
    store.getState().goToStep(3);
    store.getState().setChapter('ip-mode');
    expect(store.getState()).toMatchObject({ chapterId: 'ip-mode', mode: 'ip', stepIndex: 0 });
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
    expect(store.getState().stepIndex).toBe(0);
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
    // Inside a step the clock moves from part to part.
    s().seek(step.parts[1]!.startMs);
    expect(selectCurrentPart(s())).toBe(step.parts[1]);
    expect(s().stepIndex).toBe(1);
    s().lastStep();
    expect(selectCurrentSegment(s())?.direction).toBe('response');
  });

  it('keeps the step when the mode changes (its parts are asked again of the other run)', () => {
    const store = createAppStore();
    store.getState().setChapter('instance-mode');
    store.getState().goToStep(6);
    const id = selectCurrentStep(store.getState())?.id;
    store.getState().setMode('ip');
    expect(selectCurrentStep(store.getState())?.id).toBe(id);
  });
});
