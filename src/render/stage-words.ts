/**
 * What the stage's words are about, read from the trace's structure rather than from its English text, so
 * that the page can say them in any language. The trace keeps readable English (`control`, a rule's
 * description) for the command line and for anything this module does not recognise; those fall back to
 * the trace's own words.
 */
import type { FirewallChangeEvent, FirewallEvent } from '../core/trace.ts';

/** What a connection's lane is for. */
export type LaneTopic =
  | { kind: 'control' }
  | { kind: 'data'; file: string }
  | { kind: 'listing' }
  /** A protocol name (`http`, `sftp`) or a connection id: the same in every language. */
  | { kind: 'name'; name: string };

// The FTP model and the capture reader both name lanes `control`, `data <file>` and `data listing`.
const DATA_LABEL = /^data (.+)$/;

export function laneTopic(label: string, purpose: string | undefined): LaneTopic {
  if (purpose === 'ftp-control' && label === 'control') return { kind: 'control' };
  const data = purpose === 'ftp-data' ? DATA_LABEL.exec(label) : null;
  if (data) return data[1] === 'listing' ? { kind: 'listing' } : { kind: 'data', file: data[1] as string };
  return { kind: 'name', name: label };
}

/** Why a firewall's default policy stopped a packet, in the terms a sentence needs. */
export type PolicyCase = 'invalid' | 'inNew' | 'in' | 'out' | 'forward';

export type DropReason =
  | { kind: 'policy'; case: PolicyCase; refused: boolean }
  /** A rule of the firewall decided: its id, and the trace's description for rules no catalog knows. */
  | { kind: 'rule'; rule: string; text: string; refused: boolean };

export function dropReason(
  e: Pick<FirewallEvent, 'rule' | 'direction' | 'state' | 'verdict' | 'reason'>,
): DropReason {
  const refused = e.verdict === 'reject';
  if (e.rule !== 'default') return { kind: 'rule', rule: e.rule, text: e.reason, refused };
  let c: PolicyCase;
  if (e.state === 'invalid') c = 'invalid';
  else if (e.direction === 'in') c = e.state === 'new' ? 'inNew' : 'in';
  else c = e.direction;
  return { kind: 'policy', case: c, refused };
}

export type RuleChange =
  | { kind: 'added' | 'removed'; rule: string; text: string }
  /** A change this module cannot name (a policy changed): the trace's own description. */
  | { kind: 'other'; text: string };

// The firewall model describes additions and removals as `Added: <rule>` and `Removed: <rule>`.
const CHANGE = /^(Added|Removed): (.*)$/s;

export function ruleChange(e: Pick<FirewallChangeEvent, 'rule' | 'description'>): RuleChange {
  const m = CHANGE.exec(e.description);
  if (!m) return { kind: 'other', text: e.description };
  return { kind: m[1] === 'Added' ? 'added' : 'removed', rule: e.rule, text: m[2] as string };
}
