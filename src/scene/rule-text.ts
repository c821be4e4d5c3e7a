import type { PlanRule } from '../simulator/index.ts';
import { text } from './scene-builder.ts';
import type { SceneText } from './scene-model.ts';

type Conditions = PlanRule['conditions'];

/** A rule's card: its priority and its conditions' values (`1: shop.example.com + /api | /api/*`). */
export const ruleLabel = (priority: number, conditions: Conditions): string =>
  `${priority}: ${conditions.map((c) => [...c.values, ...(c.regexValues ?? [])].join(' | ')).join(' + ')}`;

/** A rule's accessible name: its priority and each condition with its field. */
export const ruleA11y = (priority: number, conditions: Conditions): SceneText =>
  text('a11y.rule', {
    priority,
    conditions: conditions.map((c) => `${c.field} ${c.values.join(' | ')}`).join(', '),
  });
