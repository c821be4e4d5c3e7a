import { frameAt } from '../lesson/frame.ts';
import type { SliceCreator, ViewSlice } from './app-state.ts';

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  theme: 'system',
  expanded: new Set<string>(),
  collapsed: null,
  inspectedId: null,
  reading: false,

  setTheme: (theme) => set({ theme }, undefined, 'view/setTheme'),
  setReading: (reading) => set({ reading, playing: false }, undefined, 'view/setReading'),
  toggleExpanded: (id) => {
    const { lesson, simulatedMs, collapsed } = get();
    const expanded = new Set(get().expanded);
    // Open or closed as drawn now: a step may have opened the group itself (its "show fewer" is
    // drawn though the reader never opened it); closing it then keeps it closed at that step.
    const frame = lesson?.ok ? frameAt(lesson, simulatedMs, { expanded, collapsed }) : null;
    const open =
      expanded.has(id) || (frame?.scene.nodes.some((n) => n.id === `less:${id}`) ?? false);
    const closedHere =
      frame && collapsed?.stepIndex === frame.stepIndex ? collapsed.ids : new Set<string>();
    const ids = new Set(closedHere);
    if (open) {
      expanded.delete(id);
      ids.add(id);
    } else {
      expanded.add(id);
      ids.delete(id);
    }
    set(
      { expanded, collapsed: frame ? { stepIndex: frame.stepIndex, ids } : null },
      undefined,
      'view/toggleExpanded',
    );
  },
  inspect: (id) => set({ inspectedId: id }, undefined, 'view/inspect'),
  closeInspector: () => set({ inspectedId: null }, undefined, 'view/closeInspector'),
});
