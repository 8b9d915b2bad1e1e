import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { createRecordingModule } from '../../src/recording/module';

// RECORD_STORE picks the adapter behind the same recordings API.
describe('recording module wiring', () => {
  const logger = createLogger('silent');

  it('uses the embedded store by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recordings-module-'));
    const m = createRecordingModule({ config: loadConfig({ DATA_DIR: dir }), logger });
    expect(m.service.store.kind).toBe('embedded');
    expect(m.routes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/recordings',
      'GET /api/recordings',
      'GET /api/recordings/:id',
      'POST /api/recordings/:id/amendments',
      'POST /api/recordings/:id/sign-off',
      'POST /api/recordings/:id/withdrawal',
      'POST /api/emails',
      'POST /api/emails/sent',
      'POST /api/emails/sent/pending',
      'GET /api/emails/sent',
      'POST /api/emails/filings',
      'POST /api/people/suggestions',
      'GET /api/people',
      'GET /api/my-work',
      'GET /api/access-log',
      'GET /api/allocations/:person',
      'PUT /api/allocations/:person',
    ]);
    await m.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses SharePoint through Graph with RECORD_STORE=sharepoint', async () => {
    const config = loadConfig({
      RECORD_STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,site-id,web-id',
      MicrosoftAppId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '11111111-2222-4333-8444-555555555555',
    });
    const m = createRecordingModule({ config, logger });
    expect(m.service.store.kind).toBe('sharepoint');
    await m.close();
  });
});
