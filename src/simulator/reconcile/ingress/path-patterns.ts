import type { IngressPath } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';

/** §4.2: Exact first, then Prefix by path length (longest first, stable), then the rest. */
export function sortIngressPaths(paths: readonly IngressPath[]): Result<IngressPath[]> {
  const exact: IngressPath[] = [];
  const prefix: IngressPath[] = [];
  const rest: IngressPath[] = [];
  for (const path of paths) {
    if (path.pathType === null || path.pathType === 'ImplementationSpecific') rest.push(path);
    else if (path.pathType === 'Exact') exact.push(path);
    else if (path.pathType === 'Prefix') prefix.push(path);
    else return err(`unknown pathType for path ${path.path}`);
  }
  const sortedPrefix = prefix
    .map((path, index) => ({ path, index }))
    .sort((a, b) => b.path.path.length - a.path.path.length || a.index - b.index)
    .map((p) => p.path);
  return ok([...exact, ...sortedPrefix, ...rest]);
}

/** §4.1: the ALB path-pattern values (or regex values) for one Ingress path. */
export function buildPathPatterns(
  path: string,
  pathType: string | null,
  useRegexPathMatch: boolean,
): Result<{ values: string[]; regexValues: string[] }> {
  switch (pathType ?? 'ImplementationSpecific') {
    case 'ImplementationSpecific':
      return ok(
        useRegexPathMatch
          ? { values: [], regexValues: [path.slice(1)] }
          : { values: [path], regexValues: [] },
      );
    case 'Exact':
      if (/[*?]/.test(path)) return err(`exact path shouldn't contain wildcards: ${path}`);
      return ok({ values: [path], regexValues: [] });
    case 'Prefix': {
      if (path === '/') return ok({ values: ['/*'], regexValues: [] });
      if (/[*?]/.test(path)) return err(`prefix path shouldn't contain wildcards: ${path}`);
      const normalized = path.endsWith('/') ? path.slice(0, -1) : path;
      return ok({ values: [normalized, `${normalized}/*`], regexValues: [] });
    }
    default:
      return err(`unsupported pathType: ${pathType}`);
  }
}
