import type { Trace } from '../core/trace.ts';

/** The what-if switches a learner can flip. Each scenario says which it offers. */
export interface ScenarioSwitches {
  mode?: 'active' | 'passive';
  firewall?: 'off' | 'blocks' | 'blocks-then-allows';
  nat?: 'off' | 'on' | 'on-with-helper';
  files?: number;
  /** Probability (0..1) that a link loses a packet. */
  loss?: number;
  ip?: 4 | 6;
  /** Which way the files go (SFTP, scp): from the PC to the server, or back. */
  direction?: 'upload' | 'download';
  /** The highest TLS version the client offers (FTPS). */
  tls?: '1.2' | '1.3';
}

export interface ScenarioOptions extends ScenarioSwitches {
  seed?: number;
}

export interface SwitchSpec {
  name: keyof ScenarioSwitches;
  /** `choice`: one of `values`; `integer` and `number`: anything in [min, max], `values` being suggestions. */
  kind: 'choice' | 'integer' | 'number';
  /** The values offered, in the order a control shows them. */
  values: ReadonlyArray<string | number>;
  default: string | number;
  min?: number;
  max?: number;
}

export interface Scenario {
  id: string;
  title: string;
  /** The switches this scenario offers, with their defaults. */
  switches: SwitchSpec[];
  run(options: ScenarioOptions): Trace;
}
