import { describe, expect, test } from 'vitest';
import { canonicalIp, formatEndpoint, inPrefix, parseIpv6, parsePrefix } from './address.ts';

describe('addresses', () => {
  test('IPv6 is written the RFC 5952 way', () => {
    expect(canonicalIp('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(canonicalIp('2001:db8:0:1:0:0:0:1')).toBe('2001:db8:0:1::1');
    expect(canonicalIp('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(canonicalIp('::')).toBe('::');
    expect(canonicalIp('::ffff:192.0.2.1')).toBe('::ffff:c000:201');
    expect(() => parseIpv6('1::2::3')).toThrow(SyntaxError);
    expect(() => canonicalIp('256.1.1.1')).toThrow(SyntaxError);
  });

  test('prefixes match by their leading bits', () => {
    expect(inPrefix('192.168.1.77', parsePrefix('192.168.1.0/24'))).toBe(true);
    expect(inPrefix('192.168.2.1', parsePrefix('192.168.1.0/24'))).toBe(false);
    expect(inPrefix('10.1.2.3', parsePrefix('0.0.0.0/0'))).toBe(true);
    expect(inPrefix('2001:db8:1::10', parsePrefix('2001:db8:1::/64'))).toBe(true);
    expect(inPrefix('2001:db8:2::10', parsePrefix('2001:db8:1::/64'))).toBe(false);
    expect(inPrefix('192.0.2.1', parsePrefix('::/0'))).toBe(false);
    expect(() => parsePrefix('192.0.2.0/33')).toThrow(SyntaxError);
  });

  test('endpoints put IPv6 addresses in brackets', () => {
    expect(formatEndpoint('192.0.2.1', 21)).toBe('192.0.2.1:21');
    expect(formatEndpoint('2001:db8::1', 21)).toBe('[2001:db8::1]:21');
  });
});
