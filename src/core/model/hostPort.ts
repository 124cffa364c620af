/** net.JoinHostPort: `ip:port`, with brackets around an IPv6 address (`[fd00::1]:80`). */
export function joinHostPort(ip: string, port: number | string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}
