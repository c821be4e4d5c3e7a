import type { SliceCreator, ViewSlice } from './app-state.ts';

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  theme: 'system',
  expanded: new Set<string>(),
  inspectedId: null,
  reading: false,

  setTheme: (theme) => set({ theme }, undefined, 'view/setTheme'),
  setReading: (reading) => set({ reading, playing: false }, undefined, 'view/setReading'),
  toggleExpanded: (id) => {
    const expanded = new Set(get().expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    set({ expanded }, undefined, 'view/toggleExpanded');
  },
  inspect: (id) => set({ inspectedId: id }, undefined, 'view/inspect'),
  closeInspector: () => set({ inspectedId: null }, undefined, 'view/closeInspector'),
});
