import type mermaidDefault from 'mermaid';

/** The only module that touches mermaid: loaded on first use, strict, results cached. */
export type MermaidResult = { ok: true; svg: string } | { ok: false; error: string };

type MermaidApi = typeof mermaidDefault;

let api: Promise<MermaidApi> | null = null;
const loadMermaid = () => (api ??= import('mermaid').then((m) => m.default));

const cache = new Map<string, Promise<MermaidResult>>();
// mermaid keeps global configuration: renders run one after another.
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

async function renderNow(code: string, dark: boolean): Promise<MermaidResult> {
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    // The page's own font, named (not `inherit`): mermaid sizes its boxes by measuring text.
    fontFamily: getComputedStyle(document.body).fontFamily || 'sans-serif',
  });
  try {
    await mermaid.parse(code);
    const { svg } = await mermaid.render(`mermaid-${++counter}`, code);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Renders a diagram (or says why it can't), once per code and theme. */
export function renderMermaid(code: string, dark: boolean): Promise<MermaidResult> {
  const key = `${dark ? 'dark' : 'light'}\n${code}`;
  let result = cache.get(key);
  if (!result) {
    result = queue.then(() => renderNow(code, dark));
    queue = result.catch(() => undefined);
    cache.set(key, result);
  }
  return result;
}
