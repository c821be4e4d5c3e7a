import { useEffect, useState } from 'react';
import { loadGlossary, loadedGlossary, type Glossary } from './glossary.ts';

/**
 * The glossary for a term in the prose: null while it loads (the load starts when the first term
 * is drawn), `failed` when it could not be fetched; `retry` asks again.
 */
export function useGlossary(): { glossary: Glossary | null; failed: boolean; retry: () => void } {
  const [glossary, setGlossary] = useState(loadedGlossary);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (glossary) return;
    let live = true;
    loadGlossary().then(
      (loaded) => live && setGlossary(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [glossary, attempt]);
  return {
    glossary,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
