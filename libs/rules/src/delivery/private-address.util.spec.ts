import { isPrivateAddress } from './private-address.util';

describe(isPrivateAddress.name, () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fe80::1', 'fe80::1%eth0', '[::1]', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:10.1.2.3', '::ffff:7f00:1', '::ffff:169.254.169.254',
    '64:ff9b::127.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::', '::127.0.0.1',
  ])('%s is private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each([
    '8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '169.255.0.1',
    '2001:4860::8888', '2001:4860:4860::8888', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1',
  ])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('fails closed on anything that is not an IP address', () => {
    for (const bad of ['localhost', 'example.com', '', '999.1.1.1', '1.2.3']) expect(isPrivateAddress(bad)).toBe(true);
  });
});
