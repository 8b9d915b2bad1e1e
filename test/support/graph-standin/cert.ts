import selfsigned from 'selfsigned';
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StandInCertificate {
  key: string;
  cert: string;
  /** The certificate file, for NODE_EXTRA_CA_CERTS or tools outside this process. */
  certFile: string;
  dir: string;
}

let shared: Promise<StandInCertificate> | undefined;

/** One certificate per process (RSA key generation is slow); its temp dir goes when the process exits. */
export function standInCertificate(): Promise<StandInCertificate> {
  shared ??= generateStandInCertificate().then((c) => {
    process.once('exit', () => rmSync(c.dir, { recursive: true, force: true }));
    return c;
  });
  return shared;
}

/** A fresh self-signed certificate for 127.0.0.1 and localhost, written to a temp dir; nothing is committed. */
export async function generateStandInCertificate(): Promise<StandInCertificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  });
  const dir = await mkdtemp(join(tmpdir(), 'graph-standin-'));
  const certFile = join(dir, 'standin-cert.pem');
  await writeFile(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile, dir };
}
