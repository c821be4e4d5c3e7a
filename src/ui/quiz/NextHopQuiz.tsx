import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { OkRun } from '../../lesson/lesson-time.ts';
import { isNextHop, nextHopQuestion } from '../../lesson/quiz/next-hop-question.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import { scenesOf } from '../../lesson/run-scenes.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import { narrateSegment } from '../player/narrate-hop.ts';
import { visibleResolver } from '../../lesson/visible-element.ts';
import { useNearViewport } from '../shell/useNearViewport.ts';
import { freshSeed } from './fresh-seed.ts';

const noop = () => undefined;

/** "Where does the packet go next?": the reader answers by clicking the diagram. */
export function NextHopQuiz({
  run,
  urls,
  mode,
  lead,
  reducedMotion,
}: {
  run: OkRun;
  urls: readonly string[];
  mode: TargetMode;
  lead: ReactNode;
  reducedMotion: boolean;
}) {
  const t = useTranslate();
  const [seed, setSeed] = useState(freshSeed);
  const [clicked, setClicked] = useState<string | null>(null);
  // A canvas of every card in the run: drawn once the quiz nears the viewport, not with the page.
  const [slot, near] = useNearViewport<HTMLDivElement>();
  const question = useMemo(() => nextHopQuestion(run.world, urls, seed), [run, urls, seed]);
  // The world as the packet steps draw it: the frame module's scene of this run.
  const scene = useMemo(() => scenesOf(run).universe, [run]);
  const visible = useMemo(() => visibleResolver(scene, run.sceneInput), [scene, run]);
  const nameOf = useCallback(
    (id: string) => {
      const node = scene.nodes.find((n) => n.id === id);
      return node ? `${node.label}` : id;
    },
    [scene],
  );
  if (!question) return null;
  const at = visible(question.at.to);
  const answer = visible(question.next.to);
  const correct = clicked !== null && isNextHop(question, clicked, visible);
  const told = narrateSegment(question.next, question.trace);
  return (
    <div className="quiz-next-hop">
      {lead}
      <p className="quiz-prompt">
        {t('quiz.nextHop.prompt', {
          url: question.url,
          mode,
          at: `${question.at.hop.at} ${question.at.hop.name}`,
        })}
      </p>
      <div className={near ? 'quiz-diagram' : 'quiz-diagram is-pending'} ref={slot}>
        {near ? (
          <DiagramCanvas
            scene={scene}
            emphasis={new Set(clicked === null ? [at] : [at, answer])}
            packet={{
              from: visible(question.at.from),
              to: at,
              progress: 1,
              direction: question.at.direction,
              label: question.at.hop.dst ?? '',
            }}
            onInspect={setClicked}
            onToggleExpand={noop}
            reducedMotion={reducedMotion}
            ariaLabel={t('quiz.nextHop.diagram')}
          />
        ) : null}
      </div>
      <div className="quiz-feedback" role="status">
        {clicked !== null ? (
          <div className={correct ? 'is-correct' : 'is-wrong'}>
            <p className="quiz-verdict">
              {t(correct ? 'quiz.correct' : 'quiz.wrong')}{' '}
              {t('quiz.nextHop.clicked', { clicked: nameOf(clicked) })}
            </p>
            <p className="quiz-explain">
              {t('quiz.nextHop.answer', { answer: nameOf(answer), why: t(told.key, told.params) })}
            </p>
          </div>
        ) : null}
      </div>
      <button
        type="button"
        className="quiz-another"
        onClick={() => {
          setSeed(freshSeed());
          setClicked(null);
        }}
      >
        {t('quiz.another')}
      </button>
    </div>
  );
}
