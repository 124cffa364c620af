// The boxes outside the cluster: external clients, cloud load balancers, ingresses, gateways.
import { boxView } from './boxView.ts';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from './sideHandles.tsx';
import type { ClientFlowNode, GatewayFlowNode, IngressFlowNode, LoadBalancerFlowNode } from '../flowShapes.ts';
import { IconClient, IconGateway, IconIngress, IconLoadBalancer } from '../icons.tsx';
import { isConsoleClient } from '../../traffic/consoleTraffic.ts';
import { FitText } from './FitText.tsx';
import { useT } from '../../i18n/useT.ts';

function ClientNodeView({ data }: NodeProps<ClientFlowNode>) {
  const t = useT();
  return (
    <div
      className="k-box k-client"
      style={{ borderLeftColor: data.color }}
      data-testid={`client-${data.client.id}`}
      aria-label={`${t('box.client')} ${data.title}`}
    >
      <header className="k-head">
        <span style={{ color: data.color }}>
          <IconClient />
        </span>
        <span className="k-kind">{t('box.client')}</span>
      </header>
      <FitText as="div" className="k-name" text={isConsoleClient(data.client.id) ? t('box.console') : data.client.id} />
      {/* An in-cluster client names its pod; the word "pod" follows the page's language. */}
      <FitText
        as="div"
        className="k-mono k-dim"
        text={data.client.kind === 'pod' ? `${t('box.pod')} ${data.subtitle}` : data.subtitle}
      />
      <SourceHandle />
    </div>
  );
}
export const ClientNode = boxView(ClientNodeView);

function LoadBalancerNodeView({ data }: NodeProps<LoadBalancerFlowNode>) {
  const t = useT();
  return (
    <div
      className="k-box k-lb"
      data-testid={`lb-${data.serviceKey}`}
      aria-label={`${t('box.cloudLB')} ${data.serviceKey}`}
    >
      <TargetHandle />
      <header className="k-head">
        <IconLoadBalancer />
        <span className="k-kind">{t('box.cloudLB')}</span>
      </header>
      <FitText as="div" className="k-mono" text={data.address} />
      <div className="k-dim k-small">{t('box.lbPorts', { ports: (data.lb.ports ?? []).join(', ') })}</div>
      <SourceHandle />
    </div>
  );
}
export const LoadBalancerNode = boxView(LoadBalancerNodeView);

function IngressNodeView({ data }: NodeProps<IngressFlowNode>) {
  const t = useT();
  const i = data.ingress;
  return (
    <div className="k-box k-ingress" data-testid={`ingress-${i.name}`} aria-label={`${t('box.ingress')} ${i.name}`}>
      <TargetHandle />
      <header className="k-head">
        <IconIngress />
        <span className="k-kind">{t('box.ingress')}</span>
        {i.className && <span className="k-chip">{i.className}</span>}
      </header>
      <FitText as="div" className="k-name" text={i.name} />
      <ul className="k-ports">
        {data.rules.map((r) => (
          <FitText as="li" key={r} className="k-mono" text={r} />
        ))}
      </ul>
      <SourceHandle />
    </div>
  );
}
export const IngressNode = boxView(IngressNodeView);

/** A Gateway: its address, its listeners, and each rule of the routes its controller attached. */
function GatewayNodeView({ data }: NodeProps<GatewayFlowNode>) {
  const t = useT();
  const g = data.gateway;
  return (
    <div className="k-box k-gateway" data-testid={`gateway-${g.name}`} aria-label={`${t('box.gateway')} ${g.name}`}>
      <TargetHandle />
      <header className="k-head">
        <IconGateway />
        <span className="k-kind">{t('box.gateway')}</span>
        {g.className && <span className="k-chip">{g.className}</span>}
      </header>
      <FitText as="div" className="k-name" text={g.name} />
      <FitText as="div" className="k-mono k-dim" text={g.address ?? '<pending>'} />
      <ul className="k-ports" data-testid="gateway-listeners">
        {data.listeners.map((l, i) => (
          <FitText as="li" key={i} className="k-mono" text={l} />
        ))}
      </ul>
      <ul className="k-ports" data-testid="gateway-routes">
        {data.routes.length === 0 ? (
          <li className="k-dim k-small">{t('box.noRoutes')}</li>
        ) : (
          data.routes.flatMap((r, i) => [
            <FitText as="li" key={`h${i}`} className="k-mono" text={r.hosts} />,
            <FitText as="li" key={`t${i}`} className="k-mono k-route-to" text={r.to} />,
          ])
        )}
      </ul>
      <SourceHandle />
    </div>
  );
}
export const GatewayNode = boxView(GatewayNodeView);
