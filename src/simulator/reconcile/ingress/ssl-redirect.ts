import { err, ok, type Result } from '../../util/result.ts';
import { AnnotationReader } from '../annotations.ts';
import type { ListenPortConfig } from './listen-ports.ts';
import type { IngressGroup } from './load-groups.ts';

/** §3.2 `ssl-redirect`: one group-wide HTTPS port that every HTTP listener redirects to. */
export function buildSslRedirectPort(
  group: IngressGroup,
  ports: ReadonlyMap<number, ListenPortConfig>,
): Result<number | null> {
  const explicit = new Set<number>();
  for (const member of group.members) {
    const fromParams = member.classConfig.params?.spec.sslRedirectPort;
    if (fromParams) {
      if (!/^-?\d+$/.test(fromParams)) return ok(null);
      explicit.add(Number(fromParams));
      continue;
    }
    const port = new AnnotationReader(member.ing.meta.annotations).int('ssl-redirect');
    if (!port.ok) return err(`ingress: ${member.key}: ${port.error}`);
    if (port.value !== null) explicit.add(port.value);
  }
  if (explicit.size === 0) return ok(null);
  if (explicit.size > 1)
    return err(`conflicting sslRedirect port: [${[...explicit].sort((a, b) => a - b).join(' ')}]`);
  const [port] = [...explicit] as [number];
  const config = ports.get(port);
  if (!config) return err(`listener does not exist for SSLRedirect port: ${port}`);
  if (config.protocol !== 'HTTPS')
    return err(`listener protocol non-SSL for SSLRedirect port: ${port}`);
  return ok(port);
}
