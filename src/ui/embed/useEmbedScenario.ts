import { useEffect } from 'react';
import { chapterOutline } from '../../lesson/outlines.ts';
import { useAppStore } from '../../state/app-store.ts';
import { decodeScenario, SCENARIO_PARAM } from '../../state/playground/scenario-codec.ts';

/**
 * `chapter=playground&scenario=…` in the player: the reader's own manifests from the address
 * (as the playground shares them) replace the playground's, traced with the chapter's request.
 * A value that does not decode leaves the playground's own scenario.
 */
export function useEmbedScenario(): void {
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const param = params.get(SCENARIO_PARAM);
    // The linked step (a number: the playground's steps have no names), once the lesson lands.
    const step = Number(params.get('step'));
    if (!param || useAppStore.getState().chapterId !== 'playground') return;
    let live = true;
    void decodeScenario(param).then((text) => {
      if (!live || text === null || useAppStore.getState().chapterId !== 'playground') return;
      const { request } = chapterOutline('playground');
      const file = { name: 'scenario.yaml', text };
      useAppStore.getState().loadScenario({
        files: { instance: file, ip: file },
        url: request.url,
        seed: request.seed,
      });
      if (!(Number.isInteger(step) && step > 1)) return;
      const stop = useAppStore.subscribe((s) => {
        if (!s.customScenario || !s.lesson?.ok) return;
        stop();
        s.goToStep(step - 1);
      });
      unsubscribe = stop;
    });
    let unsubscribe = () => {};
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
}
