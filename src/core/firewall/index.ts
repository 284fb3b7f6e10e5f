export {
  ConnTrack,
  type ConnTrackEntry,
  type ConnTrackMatch,
  type ConnTrackTimeouts,
  type Expectation,
  type ExpectationSpec,
  Expectations,
  type FlowDirection,
  type FlowTuple,
  isIcmpError,
  LINUX_CONNTRACK_TIMEOUTS,
  quotedTuple,
  reverseTuple,
  type TcpTrackPhase,
  tupleOf,
} from './conntrack.ts';
export {
  Firewall,
  type FirewallFlow,
  type FirewallOwner,
  type FirewallSlot,
  type FlowSummary,
  installFirewall,
  resetFor,
} from './firewall.ts';
export { FTP_HELPER_PORTS, type FtpAddressLine, findFtpAddresses } from './ftp.ts';
export {
  allowInboundTcp,
  type FirewallConfig,
  type FirewallPolicy,
  type FirewallRule,
  homeRouterFirewall,
  type PortMatch,
  personalFirewall,
  REPLIES_RULE_ID,
  type RejectKind,
} from './rules.ts';
