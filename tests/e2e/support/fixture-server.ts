// Local stand-ins for the real shops: an HTTPS server that serves fixture shop
// directories by Host header, with a throwaway self-signed certificate for all
// their host names, and an HTTP CONNECT proxy that tunnels those hosts to it.
//
// Chromium reaches the server through --host-resolver-rules (see chromium.ts);
// Firefox has no such switch, so it is pointed at the proxy (see firefox.ts).
// Both listen on 127.0.0.1 only, on ports the OS picks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { shopDir } from './paths';

// ---------------------------------------------------------------------------
// Certificate

export interface CertificatePair {
  key: string;
  cert: string;
}

/**
 * A fresh self-signed certificate (EC P-256, valid two days) whose SAN lists
 * every host given, plus 127.0.0.1 and localhost. Made with the openssl CLI;
 * nothing is left on disk.
 */
export function generateSelfSignedCert(hosts: readonly string[]): CertificatePair {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vitrine-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    const names = [...new Set([...hosts, 'localhost'])];
    const san = [...names.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    const result = spawnSync(
      process.env.VITRINE_OPENSSL ?? 'openssl',
      [
        'req', '-x509', '-nodes',
        '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', keyFile, '-out', certFile,
        '-days', '2',
        '-subj', `/O=Vitrine e2e fixtures/CN=${names[0]}`,
        '-addext', `subjectAltName=${san}`,
        '-addext', 'extendedKeyUsage=serverAuth',
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    if (result.error) {
      throw new Error(`Could not run openssl to make the fixture certificate (apt-get install openssl): ${result.error.message}`);
    }
    if (result.status !== 0) {
      throw new Error(`openssl failed to make the fixture certificate (exit ${result.status}): ${result.stderr}`);
    }
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Fixture shops

/** tests/fixtures/shops/<site>/fixture.json */
export interface FixtureConfig {
  site: string;
  /** Host names this shop answers for (the first is the canonical one). */
  hosts: string[];
  /** Exact path → redirect target (302). */
  redirects?: Record<string, string>;
  /** Paths under `prefix` that have no file get this file (the client-side app shell), status 200. */
  spaFallbacks?: { prefix: string; file: string }[];
  /** File served, with status 404, for anything else that has no file. */
  notFound?: string;
  /** Exact path → milliseconds the response is held back (a slow image server, for LCP). */
  delays?: Record<string, number>;
}

export interface FixtureShop {
  dir: string;
  config: FixtureConfig;
}

export function loadFixtureShop(siteIdOrDir: string): FixtureShop {
  const dir = path.isAbsolute(siteIdOrDir) ? siteIdOrDir : shopDir(siteIdOrDir);
  const configFile = path.join(dir, 'fixture.json');
  if (!existsSync(configFile)) throw new Error(`Fixture shop without fixture.json: ${dir}`);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as FixtureConfig;
  if (!config.hosts?.length) throw new Error(`${configFile}: "hosts" is empty`);
  return { dir, config };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

function fileIn(root: string, relative: string): string | null {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isFile()) return full;
    if (stat.isDirectory()) {
      const index = path.join(full, 'index.html');
      if (existsSync(index)) return index;
    }
  } catch {
    // missing
  }
  return null;
}

export interface Resolved {
  status: number;
  file?: string;
  location?: string;
}

/** What the fixture server answers for a path of a shop (exported for unit-level checks). */
export function resolveFixturePath(shop: FixtureShop, pathname: string): Resolved {
  const { dir, config } = shop;
  const redirect = config.redirects?.[pathname];
  if (redirect) return { status: 302, location: redirect };
  if (pathname !== '/fixture.json') {
    const file = fileIn(dir, pathname);
    if (file) return { status: 200, file };
  }
  for (const fallback of config.spaFallbacks ?? []) {
    if (pathname.startsWith(fallback.prefix) || pathname === fallback.prefix.replace(/\/$/, '')) {
      const file = fileIn(dir, fallback.file);
      if (file) return { status: 200, file };
    }
  }
  const notFound = config.notFound ? fileIn(dir, config.notFound) : null;
  return notFound ? { status: 404, file: notFound } : { status: 404 };
}

export interface RequestRecord {
  method: string;
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  /** The HTTPS port on 127.0.0.1. */
  port: number;
  /** Every host name served. */
  hosts: string[];
  /** `https://<host>` (the origin as the browser sees it, port 443). */
  origin(host?: string): string;
  /** Requests served so far, oldest first. */
  requests: RequestRecord[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Site ids under tests/fixtures/shops, or absolute shop directories. Default: ['net-a-porter']. */
  shops?: string[];
  /** Fixed port (default: one the OS picks). */
  port?: number;
  /** Log each request to stderr (also on with VITRINE_E2E_DEBUG=1). */
  verbose?: boolean;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const shops = (options.shops ?? ['net-a-porter']).map(loadFixtureShop);
  const byHost = new Map<string, FixtureShop>();
  for (const shop of shops) {
    for (const host of shop.config.hosts) {
      if (byHost.has(host)) throw new Error(`Host ${host} is claimed by two fixture shops`);
      byHost.set(host.toLowerCase(), shop);
    }
  }
  const hosts = [...byHost.keys()];
  const verbose = options.verbose ?? process.env.VITRINE_E2E_DEBUG === '1';
  const requests: RequestRecord[] = [];
  const { key, cert } = generateSelfSignedCert(hosts);

  const server = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://fixture.invalid').pathname);
    } catch {
      pathname = '\0';
    }
    const record = (status: number) => {
      requests.push({ method: req.method ?? 'GET', host, path: req.url ?? '', status });
      if (verbose) console.error(`[fixture] ${status} ${req.method} https://${host}${req.url}`);
    };
    const shop = byHost.get(host);
    if (!shop) {
      record(421);
      res.writeHead(421, { 'content-type': 'text/plain' }).end(`No fixture shop for host ${host}\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      record(405);
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const resolved = resolveFixturePath(shop, pathname);
    record(resolved.status);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (resolved.location) {
      res.writeHead(resolved.status, { ...headers, location: resolved.location }).end();
      return;
    }
    if (!resolved.file) {
      res.writeHead(resolved.status, { ...headers, 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    const body = readFileSync(resolved.file);
    headers['content-type'] = CONTENT_TYPES[path.extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
    headers['content-length'] = String(body.length);
    const send = () => {
      if (res.destroyed) return; // the browser gave up, or the server closed, while it waited
      res.writeHead(resolved.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const delay = shop.config.delays?.[pathname] ?? 0;
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  // Browsers probe and drop TLS connections; that is not an error here.
  server.on('tlsClientError', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    hosts,
    requests,
    origin: (host = hosts[0]) => `https://${host}`,
    close: () => closeServer(server),
  };
}

async function closeServer(server: http.Server | https.Server): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------
// CONNECT proxy

export interface ConnectProxy {
  port: number;
  /** Hosts whose CONNECTs were refused (not fixture hosts), for debugging. */
  refused: string[];
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  /** Where tunnels go: the fixture server's port on 127.0.0.1. */
  targetPort: number;
  /** Hosts to tunnel (CONNECT host:443). Others get 403. Default: every host. */
  hosts?: readonly string[];
  verbose?: boolean;
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * An HTTP proxy that only does CONNECT: `CONNECT <host>:443` for a fixture
 * host is tunnelled to 127.0.0.1:<targetPort>; anything else is refused, so a
 * browser behind it reaches nothing but the fixtures. Loopback clients only.
 */
export async function startConnectProxy(options: ConnectProxyOptions): Promise<ConnectProxy> {
  const allowed = options.hosts ? new Set(options.hosts.map((h) => h.toLowerCase())) : null;
  const verbose = options.verbose ?? process.env.VITRINE_E2E_DEBUG === '1';
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();

  const server = http.createServer((req, res) => {
    // Plain-HTTP proxying is not offered: fixtures are HTTPS only.
    refused.push(`${req.method} ${req.url}`);
    if (verbose) console.error(`[proxy] refused ${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('Fixture proxy: CONNECT only\n');
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    const target = req.url ?? '';
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    const host = match?.[1]?.toLowerCase() ?? '';
    const port = match?.[2];
    if (!isLoopback(client.remoteAddress) || !match || port !== '443' || (allowed && !allowed.has(host))) {
      refused.push(target);
      if (verbose) console.error(`[proxy] refused CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    if (verbose) console.error(`[proxy] CONNECT ${target} -> 127.0.0.1:${options.targetPort}`);
    const upstream = net.connect({ host: '127.0.0.1', port: options.targetPort }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    refused,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await closeServer(server);
    },
  };
}
