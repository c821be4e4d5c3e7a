/** IPv4 helpers for address allocation and CIDR checks. */
export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

export const intToIp = (value: number): string =>
  [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

export function parseCidr(cidr: string): { base: number; bits: number } | null {
  const [ip, bitsText] = cidr.split('/');
  const base = ip ? ipToInt(ip) : null;
  const bits = Number(bitsText);
  if (base === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return null;
  return { base, bits };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const parsed = parseCidr(cidr);
  const address = ipToInt(ip);
  if (!parsed || address === null) return false;
  const size = 2 ** (32 - parsed.bits);
  const start = Math.floor(parsed.base / size) * size;
  return address >= start && address < start + size;
}

/** Is this a valid IPv4 or IPv6 CIDR, as Go's net.ParseCIDR would accept it? */
export function isValidCidr(cidr: string): boolean {
  if (cidr.includes(':')) {
    const [ip, bits] = cidr.split('/');
    return (
      !!ip &&
      /^[0-9a-fA-F:.]+$/.test(ip) &&
      ip.includes(':') &&
      /^\d+$/.test(bits ?? '') &&
      Number(bits) <= 128
    );
  }
  return parseCidr(cidr) !== null && /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(cidr);
}
