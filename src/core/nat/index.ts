export {
  adjustSegment,
  type FtpRewrite,
  newSeqAdjust,
  noteResize,
  rewriteFtpCommands,
  type SeqAdjust,
} from './ftp-helper.ts';
export {
  installNat,
  Nat,
  type NatConfig,
  type NatFlow,
  type NatMapping,
  type NatOwner,
  type NatSlot,
  portRange,
} from './nat.ts';
