/**
 * The SSH File Transfer Protocol, version 3 (draft-ietf-secsh-filexfer-02, as OpenSSH implements it):
 * length-prefixed packets with a type and a request id, carried in CHANNEL_DATA of an `sftp` subsystem.
 */
import { concatBytes } from '../tls/bytes.ts';
import { SshReader, SshWriter } from './wire.ts';

export const FXP_INIT = 1;
export const FXP_VERSION = 2;
export const FXP_OPEN = 3;
export const FXP_CLOSE = 4;
export const FXP_READ = 5;
export const FXP_WRITE = 6;
export const FXP_LSTAT = 7;
export const FXP_REALPATH = 16;
export const FXP_STAT = 17;
export const FXP_STATUS = 101;
export const FXP_HANDLE = 102;
export const FXP_DATA = 103;
export const FXP_NAME = 104;
export const FXP_ATTRS = 105;
export const FXP_EXTENDED = 200;
export const FXP_EXTENDED_REPLY = 201;

export const FX_OK = 0;
export const FX_EOF = 1;
export const FX_NO_SUCH_FILE = 2;

export const FXF_READ = 0x01;
export const FXF_WRITE = 0x02;
export const FXF_CREAT = 0x08;
export const FXF_TRUNC = 0x10;
/** The attribute flag for permissions alone: what sftp's `put` sends with OPEN when not told to preserve times. */
const ATTR_PERMISSIONS = 0x04;

export const SFTP_NAMES: Record<number, string> = {
  [FXP_INIT]: 'INIT',
  [FXP_VERSION]: 'VERSION',
  [FXP_OPEN]: 'OPEN',
  [FXP_CLOSE]: 'CLOSE',
  [FXP_READ]: 'READ',
  [FXP_WRITE]: 'WRITE',
  [FXP_LSTAT]: 'LSTAT',
  [FXP_REALPATH]: 'REALPATH',
  [FXP_STAT]: 'STAT',
  [FXP_STATUS]: 'STATUS',
  [FXP_HANDLE]: 'HANDLE',
  [FXP_DATA]: 'DATA',
  [FXP_NAME]: 'NAME',
  [FXP_ATTRS]: 'ATTRS',
  [FXP_EXTENDED]: 'EXTENDED',
  [FXP_EXTENDED_REPLY]: 'EXTENDED_REPLY',
};

/** The extensions OpenSSH 9.2's sftp-server announces, with their versions. */
export const SERVER_EXTENSIONS: Array<[string, string]> = [
  ['posix-rename@openssh.com', '1'],
  ['statvfs@openssh.com', '2'],
  ['fstatvfs@openssh.com', '2'],
  ['hardlink@openssh.com', '1'],
  ['fsync@openssh.com', '1'],
  ['lsetstat@openssh.com', '1'],
  ['limits@openssh.com', '1'],
  ['expand-path@openssh.com', '1'],
  ['copy-data', '1'],
  ['home-directory', '1'],
  ['users-groups-by-id@openssh.com', '1'],
];

/** sftp-server's limits: 256 KiB packets, 255 KiB reads and writes. */
export const MAX_READ = 261120;

/** Wraps a body in the SFTP length and type. */
function packet(type: number, body: Uint8Array): Uint8Array {
  return new SshWriter()
    .u32(body.length + 1)
    .u8(type)
    .bytes(body)
    .done();
}

export function init(): Uint8Array {
  return packet(FXP_INIT, new SshWriter().u32(3).done());
}

export function version(): Uint8Array {
  const w = new SshWriter().u32(3);
  for (const [name, value] of SERVER_EXTENSIONS) w.string(name).string(value);
  return packet(FXP_VERSION, w.done());
}

export function extended(id: number, name: string): Uint8Array {
  return packet(FXP_EXTENDED, new SshWriter().u32(id).string(name).done());
}

export function limitsReply(id: number, openHandles: number): Uint8Array {
  return packet(
    FXP_EXTENDED_REPLY,
    new SshWriter()
      .u32(id)
      .u64(256 * 1024)
      .u64(MAX_READ)
      .u64(MAX_READ)
      .u64(openHandles)
      .done(),
  );
}

export function pathRequest(type: number, id: number, path: string): Uint8Array {
  return packet(type, new SshWriter().u32(id).string(path).done());
}

/** OpenSSH answers REALPATH with the path as both name and long name, and no attributes. */
export function name(id: number, path: string): Uint8Array {
  return packet(FXP_NAME, new SshWriter().u32(id).u32(1).string(path).string(path).u32(0).done());
}

export interface FileAttributes {
  size: number;
  uid: number;
  gid: number;
  permissions: number;
  mtime: number;
}

/** Size, owner, permissions and times (flags 0x0f), the attributes sftp-server always sends for a stat. */
export function attrs(id: number, a: FileAttributes): Uint8Array {
  return packet(
    FXP_ATTRS,
    new SshWriter()
      .u32(id)
      .u32(0x0f)
      .u64(a.size)
      .u32(a.uid)
      .u32(a.gid)
      .u32(a.permissions)
      .u32(a.mtime)
      .u32(a.mtime)
      .done(),
  );
}

export function open(id: number, path: string): Uint8Array {
  return packet(FXP_OPEN, new SshWriter().u32(id).string(path).u32(FXF_READ).u32(0).done());
}

/** `put`: create or truncate, write; the local file's permissions (0644) are the only attribute sent. */
export function openWrite(id: number, path: string, permissions: number): Uint8Array {
  return packet(
    FXP_OPEN,
    new SshWriter()
      .u32(id)
      .string(path)
      .u32(FXF_WRITE | FXF_CREAT | FXF_TRUNC)
      .u32(ATTR_PERMISSIONS)
      .u32(permissions)
      .done(),
  );
}

export function write(id: number, h: Uint8Array, offset: number, bytes: Uint8Array): Uint8Array {
  return packet(FXP_WRITE, new SshWriter().u32(id).string(h).u64(offset).string(bytes).done());
}

export function handle(id: number, h: Uint8Array): Uint8Array {
  return packet(FXP_HANDLE, new SshWriter().u32(id).string(h).done());
}

export function read(id: number, h: Uint8Array, offset: number, length: number): Uint8Array {
  return packet(FXP_READ, new SshWriter().u32(id).string(h).u64(offset).u32(length).done());
}

export function data(id: number, bytes: Uint8Array): Uint8Array {
  return packet(FXP_DATA, new SshWriter().u32(id).string(bytes).done());
}

export function close(id: number, h: Uint8Array): Uint8Array {
  return packet(FXP_CLOSE, new SshWriter().u32(id).string(h).done());
}

const STATUS_TEXT: Record<number, string> = {
  [FX_OK]: 'Success',
  [FX_EOF]: 'End of file',
  [FX_NO_SUCH_FILE]: 'No such file',
};

export function status(id: number, code: number): Uint8Array {
  return packet(
    FXP_STATUS,
    new SshWriter()
      .u32(id)
      .u32(code)
      .string(STATUS_TEXT[code] ?? 'Failure')
      .string('')
      .done(),
  );
}

export interface SftpPacket {
  type: number;
  /** The request id; the version number for INIT and VERSION. */
  id: number;
  body: SshReader;
}

/** Splits the byte stream of the channel into SFTP packets, however SSH and TCP cut it. */
export class SftpReader {
  private buffer: Uint8Array = new Uint8Array(0);

  push(bytes: Uint8Array): SftpPacket[] {
    this.buffer = this.buffer.length === 0 ? bytes : concatBytes([this.buffer, bytes]);
    const out: SftpPacket[] = [];
    for (;;) {
      if (this.buffer.length < 4) break;
      const length = new SshReader(this.buffer).u32();
      if (this.buffer.length < 4 + length) break;
      const r = new SshReader(this.buffer.slice(4, 4 + length));
      this.buffer = this.buffer.slice(4 + length);
      const type = r.u8();
      out.push({ type, id: r.u32(), body: r });
    }
    return out;
  }
}
