import type { RedirectAction } from '../aws/plan.ts';

/**
 * The Location an ALB redirect produces: each part defaults to the request's own value, and the
 * placeholders #{protocol}, #{host}, #{port}, #{path} (no leading "/") and #{query} are filled in
 * (AWS RedirectActionConfig).
 */
export function redirectLocation(
  action: RedirectAction,
  url: URL,
  listenerPort: number,
  listenerProtocol: string,
): string {
  const values: Record<string, string> = {
    protocol: listenerProtocol,
    host: url.hostname,
    port: String(listenerPort),
    path: url.pathname.replace(/^\//, ''),
    query: url.search.replace(/^\?/, ''),
  };
  const fill = (template: string) =>
    template.replace(
      /#\{(protocol|host|port|path|query)\}/g,
      (_, name: string) => values[name] ?? '',
    );
  const protocol = fill(action.protocol ?? '#{protocol}').toLowerCase();
  const host = fill(action.host ?? '#{host}');
  const port = fill(action.port ?? '#{port}');
  const path = fill(action.path ?? '/#{path}');
  const query = fill(action.query ?? '#{query}');
  return `${protocol}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}${query ? `?${query}` : ''}`;
}
