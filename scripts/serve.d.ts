import type { Server } from 'node:http';

/** A static file server for `root` that never reads outside it. */
export function createServer(root: string): Server;

/** Listens on `port`, or on the next free one when it is taken; resolves with the port in use. */
export function listen(server: Server, port: number, host?: string, attempts?: number): Promise<number>;
