// What an nginx-based proxy answers when the upstream it picked does not answer: ingress-nginx and
// NGINX Gateway Fabric both proxy with nginx's `proxy_pass`, which turns a refused or timed-out
// upstream connection into `502 Bad Gateway` (ngx_http_upstream_module: NGX_HTTP_BAD_GATEWAY).
// One place for both proxies; each names the failure in its own words (`why`).
import type { Trace } from './context.ts';
import type { Ending } from './deliver.ts';
import { say, type SaidCode } from './said.ts';

export function badGatewayOnUpstreamFailure(
  trace: Trace,
  end: Ending,
  endpoint: string,
  code: Extract<SaidCode, 'ingress.badGateway' | 'gateway.badGateway'>,
): Ending {
  if (end.outcome !== 'refused' && end.outcome !== 'timeout') return end;
  trace.result = { ...trace.result, status: 502, response: '502 Bad Gateway' };
  return {
    outcome: 'http-error',
    why: say(code, { endpoint, why: end.why ?? say(`outcome.${end.outcome}`) }),
    ...(end.at ? { at: end.at } : {}),
  };
}
