import { createContext, useContext, type ReactNode } from 'react';
import type { Lesson } from '../../lesson/lesson-time.ts';

/** The parts of a question's MDX block, handed to the quiz that asks it. */
export interface QuestionText {
  lead: ReactNode;
  options: ReadonlyMap<string, ReactNode>;
  explain: ReactNode;
}

/**
 * Which part of a chapter's MDX to show: one step, every step (reading mode), or one question
 * (its text goes to the quiz's `render`).
 */
export type ProseSlot =
  | { kind: 'step'; id: string }
  | { kind: 'all'; renderStepFigure: (id: string, title: string) => ReactNode }
  | { kind: 'question'; id: string; render: (text: QuestionText) => ReactNode };

export interface ProseContextValue {
  slot: ProseSlot;
  lesson: Lesson;
}

export const ProseContext = createContext<ProseContextValue | null>(null);

export function useProseContext(): ProseContextValue {
  const value = useContext(ProseContext);
  if (!value) throw new Error('a chapter component was rendered outside its chapter');
  return value;
}
