import { addressAllowed, classifyAddress } from './address-policy';

describe('classifyAddress', () => {
  it.each([
    ['169.254.169.254', 'cloud metadata (AWS, GCP, Azure)'],
    ['169.254.0.1', 'IPv4 link-local'],
    ['100.100.100.200', 'Alibaba Cloud metadata'],
    ['fe80::1', 'IPv6 link-local'],
    ['febf:ffff::1', 'the top of fe80::/10'],
    ['fd00:ec2::254', 'AWS metadata over IPv6'],
    ['::ffff:169.254.169.254', 'metadata written as IPv4-mapped IPv6'],
    ['::ffff:a9fe:a9fe', 'metadata as mapped IPv6 in hex'],
    ['0.0.0.0', 'the unspecified address, which reaches the local host'],
    ['::', 'the IPv6 unspecified address'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
  ])('forbids %s (%s)', (address) => {
    expect(classifyAddress(address)).toBe('forbidden');
    expect(addressAllowed(address, true)).toBe(false);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback range'],
    ['10.1.2.3', '10/8'],
    ['172.16.0.1', '172.16/12'],
    ['172.31.255.255', 'top of 172.16/12'],
    ['192.168.1.10', '192.168/16'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['::1', 'IPv6 loopback'],
    ['fd12:3456::1', 'IPv6 unique local'],
    ['::ffff:127.0.0.1', 'loopback as IPv4-mapped IPv6'],
    ['64:ff9b::10.0.0.1', 'private through NAT64'],
  ])('treats %s (%s) as private: allowed only when configured', (address) => {
    expect(classifyAddress(address)).toBe('private');
    expect(addressAllowed(address, false)).toBe(false);
    expect(addressAllowed(address, true)).toBe(true);
  });

  it.each(['8.8.8.8', '47.246.1.1', '172.32.0.1', '169.253.255.255', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(classifyAddress(address)).toBe('public');
      expect(addressAllowed(address, false)).toBe(true);
    },
  );

  it('refuses a string that is not an address', () => {
    expect(() => classifyAddress('example.com')).toThrow('not an IP address');
  });
});
