import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { createGraphClient } from '../src/graph/client';
import { describeReport, provisionSite } from '../src/graph/provision';
import { PassThroughTokenProvider } from '../src/graph/tokens';
import { RecordingError } from '../src/recording/errors';

// npm run provision -- --site <site-id> --token-file <file>
// Creates the records lists and files library on a SharePoint site; safe to run again (reports "already present").
// The token is the IG lead's own delegated Graph token (Sites.Manage.All), e.g. from
// `az account get-access-token --resource-type ms-graph --query accessToken -o tsv > token.txt`.

const USAGE = 'Usage: npm run provision -- --site <site-id> --token-file <file with a delegated Graph access token>';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, 'token-file': { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const siteId = values.site ?? config.graph.siteId;
  if (!siteId) {
    console.error(`No site given. ${USAGE} (or set SHAREPOINT_SITE_ID).`);
    return 2;
  }
  if (!values['token-file']) {
    console.error(`No token file given. ${USAGE}`);
    return 2;
  }
  const token = (await readFile(values['token-file'], 'utf8')).trim();
  if (token === '') {
    console.error('The token file is empty: put a delegated Microsoft Graph access token in it.');
    return 2;
  }
  const client = await createGraphClient(
    { baseUrl: config.graph.baseUrl, tokens: new PassThroughTokenProvider() },
    { userId: 'provisioning', name: 'IG lead', tenantId: config.bot.tenantId ?? 'unknown', accessToken: token },
  );
  try {
    const reports = await provisionSite(client, siteId);
    for (const line of describeReport(reports)) console.log(line);
    return reports.some((r) => r.problems.length > 0) ? 1 : 0;
  } catch (err) {
    console.error(err instanceof RecordingError ? `${err.message} [${err.code}]` : `Provisioning failed: ${(err as Error).message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Provisioning failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
