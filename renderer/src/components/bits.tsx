// Small presentational pieces: Badge (a coloured label for a status, role or country status), EmptyState (what
// to do next when a list is empty: a sentence and the buttons that do it) and ScreenHeader (a screen's title).
import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'good' | 'warn' | 'bad' | 'info' | 'muted';

export function Badge(props: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-tone-${props.tone ?? 'neutral'}`} title={props.title}>
      {props.children}
    </span>
  );
}

export function EmptyState(props: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{props.title}</p>
      {props.children !== undefined && <div className="empty-state-body">{props.children}</div>}
      {props.actions !== undefined && <div className="empty-state-actions">{props.actions}</div>}
    </div>
  );
}

export function ScreenHeader(props: { title: string; subtitle?: string }) {
  return (
    <header className="screen-header">
      <h1 className="screen-title">{props.title}</h1>
      {props.subtitle !== undefined && <p className="screen-subtitle">{props.subtitle}</p>}
    </header>
  );
}
