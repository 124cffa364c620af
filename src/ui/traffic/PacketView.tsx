// The packet view: one request as a table of its hops — where each hop ran, the packet's source and
// destination as it left that hop (the field the hop rewrote is marked: DNAT, SNAT, a proxy's new
// connection), the rule that decided it and the YAML line it came from — then the answer's way back
// (conntrack undoing the NAT). Every value is the core's (Hop.packet, RequestResult.reply); this
// file only lays it out. A row is a button: it focuses that hop (the diagram rings its box).
import '../i18n/laterWords.ts';
import { Fragment } from 'react';
import { hopLines } from '../diagram/editorLink.ts';
import { revealLine, useStore } from '../store.ts';
import { focusHop } from './hopFocus.ts';
import { hopKindKey } from '../i18n/hopKind.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText } from '../../text/said.ts';
import type { HopPacket, ReplyPacket, RequestResult } from '../../worker/protocol.ts';

function Address({ packet, field }: { packet: HopPacket | ReplyPacket | undefined; field: 'src' | 'dst' }) {
  const t = useT();
  if (!packet) return <span className="k-dim">—</span>;
  const rewrote = packet.changed?.includes(field);
  return (
    <span className={rewrote ? 'k-rewrote' : undefined}>
      <span className="k-mono">{packet[field]}</span>
      {rewrote && <span className="k-rewrote-tag">{t('packet.rewritten')}</span>}
    </span>
  );
}

/** Source above destination in one cell: a narrow panel (1024 px, a phone) shows both whole. */
function Addresses({ packet }: { packet: HopPacket | ReplyPacket | undefined }) {
  if (!packet) return <span className="k-dim">—</span>;
  return (
    <span className="k-packet-addresses">
      <Address packet={packet} field="src" />
      <span>
        <span aria-hidden="true">→ </span>
        <Address packet={packet} field="dst" />
      </span>
    </span>
  );
}

export function PacketView({ result, hopIndex }: { result: RequestResult; hopIndex: number }) {
  const t = useT();
  const lang = useLanguage();
  const text = useStore((s) => s.text);
  const view = useStore((s) => s.view);
  return (
    <div className="k-packet" data-testid="packet-view">
      <table className="k-packet-table">
        <caption>{t('packet.caption', { index: result.index })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('packet.hop')}</th>
            <th scope="col">
              {t('packet.source')} → {t('packet.destination')}
            </th>
            <th scope="col">{t('packet.yaml')}</th>
          </tr>
        </thead>
        <tbody>
          {result.hops.map((h, i) => {
            const lines = h.at && view ? hopLines(text, view, h.at) : null;
            const current = i === hopIndex;
            const cls = current ? 'is-current' : undefined;
            return (
              <Fragment key={i}>
                <tr className={cls} aria-current={current ? 'step' : undefined}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="k-btn k-link"
                      title={hopText(lang, h)}
                      onClick={() => focusHop({ result, hopIndex: i, hop: h })}
                    >
                      {t(hopKindKey(h.kind))}
                      {h.node ? `@${h.node}` : ''}
                    </button>
                  </th>
                  <td>
                    <Addresses packet={h.packet} />
                  </td>
                  <td>
                    {lines ? (
                      <button type="button" className="k-btn k-link" onClick={() => revealLine(lines.line)}>
                        {t('packet.line', { line: lines.line })}
                      </button>
                    ) : (
                      <span className="k-dim">—</span>
                    )}
                  </td>
                </tr>
                {/* The rule that decided this hop (chain, match, probability), under its row: rules are long. */}
                {h.rule && (
                  <tr className={cls ? `${cls} k-packet-rule-row` : 'k-packet-rule-row'}>
                    <td />
                    <td colSpan={3}>
                      <span className="visually-hidden">{t('packet.rule')}: </span>
                      <code className="k-packet-rule">{h.rule}</code>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {result.reply && result.reply.length > 0 && (
        <table className="k-packet-table">
          <caption>{t('packet.replyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packet.step')}</th>
              <th scope="col">
                {t('packet.source')} → {t('packet.destination')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.reply.map((p, i) => (
              <tr key={i}>
                <th scope="row">
                  {t(`packet.reply.${p.step}`)}
                  {p.node && <span className="k-dim"> · {p.node}</span>}
                </th>
                <td>
                  <Addresses packet={p} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="k-dim k-packet-note">{t('packet.note')}</p>
    </div>
  );
}
