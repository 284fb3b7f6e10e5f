/**
 * Values kept per pair of endpoints (address and port), whichever way a packet goes: what the importer
 * keeps for each TCP conversation and UDP flow. A packet costs three map lookups on strings and numbers it
 * already has, instead of a key string built and hashed for every packet.
 */
export class FlowTable<T> {
  private readonly byFirst = new Map<string, Map<string, Map<number, T>>>();

  get(a: string, aPort: number, b: string, bPort: number): T | undefined {
    const ab = a < b || (a === b && aPort <= bPort);
    const ports = ab ? aPort * 0x10000 + bPort : bPort * 0x10000 + aPort;
    return this.byFirst
      .get(ab ? a : b)
      ?.get(ab ? b : a)
      ?.get(ports);
  }

  set(a: string, aPort: number, b: string, bPort: number, value: T): void {
    const ab = a < b || (a === b && aPort <= bPort);
    const first = ab ? a : b;
    const second = ab ? b : a;
    let inner = this.byFirst.get(first);
    if (!inner) {
      inner = new Map();
      this.byFirst.set(first, inner);
    }
    let byPorts = inner.get(second);
    if (!byPorts) {
      byPorts = new Map();
      inner.set(second, byPorts);
    }
    byPorts.set(ab ? aPort * 0x10000 + bPort : bPort * 0x10000 + aPort, value);
  }

  clear(): void {
    this.byFirst.clear();
  }
}
