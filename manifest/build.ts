import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { ConfigError, type Config } from '../src/config';
import { colorIcon, outlineIcon } from './icons';

// The Teams app package a council's Teams administrator uploads: manifest.json (filled in from the configuration)
// with the two icons, zipped flat, validated offline against the schema bundled in @microsoft/app-manifest.

/** Newest numbered schema bundled in @microsoft/app-manifest (vDevPreview is not accepted for upload). */
export const TEAMS_SCHEMA_VERSION = '1.30';

export interface TeamsAppSettings {
  /** The Azure Bot's Microsoft Entra app id: the Teams app id, the bot id and the SSO application. */
  appId: string;
  /** Public host name of the bot and the tab (BOT_DOMAIN). */
  host: string;
  /** The app's version, from package.json. */
  version: string;
}

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the package needs from the parsed configuration; a missing or malformed setting is one line saying what to set. */
export function teamsAppSettings(config: Config, version: string): TeamsAppSettings {
  const appId = config.bot.appId;
  if (!appId) throw new ConfigError('MicrosoftAppId is required to build the Teams app package: set it to the Azure Bot\'s app id (see .env.example).');
  if (!GUID.test(appId)) throw new ConfigError(`MicrosoftAppId must be the Azure Bot's app id, a GUID such as 6f1c2d3e-0000-4000-8000-000000000000 (got "${appId.slice(0, 60)}").`);
  if (!config.publicHost) throw new ConfigError('BOT_DOMAIN is required to build the Teams app package: set it to the public host name of the bot, e.g. companion.example.gov.uk (see .env.example).');
  return { appId: appId.toLowerCase(), host: config.publicHost, version };
}

const templatePath = new URL('./manifest.json', import.meta.url);

/** manifest/manifest.json with {{MicrosoftAppId}}, {{BOT_DOMAIN}} and the version filled in. */
export function teamsManifest(settings: TeamsAppSettings): AppManifest {
  const values: Record<string, string> = { MicrosoftAppId: settings.appId, BOT_DOMAIN: settings.host };
  const filled = readFileSync(templatePath, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  const manifest = JSON.parse(filled) as AppManifest & { version: string };
  manifest.version = settings.version;
  return manifest;
}

/** The bundled schema for a manifestVersion, read from disk so validation never goes to the network. */
export function bundledTeamsSchema(version = TEAMS_SCHEMA_VERSION): object {
  const require = createRequire(import.meta.url);
  const root = require.resolve('@microsoft/app-manifest/package.json').replace(/package\.json$/, '');
  return JSON.parse(readFileSync(`${root}build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`, 'utf8')) as object;
}

/** The schema's own messages for everything wrong with the manifest (empty when valid). */
export async function validateTeamsManifest(manifest: AppManifest): Promise<string[]> {
  const version = (manifest as { manifestVersion?: string }).manifestVersion;
  if (version !== TEAMS_SCHEMA_VERSION) return [`/manifestVersion must be "${TEAMS_SCHEMA_VERSION}", the schema this package is validated against (got ${JSON.stringify(version)})`];
  const leftover = JSON.stringify(manifest).match(/\{\{\w+\}\}/);
  if (leftover) return [`a placeholder was not filled in: ${leftover[0]}`];
  return AppManifestUtils.validateAgainstSchema(manifest, bundledTeamsSchema(version) as never);
}

/** The zip's bytes: manifest.json, color.png and outline.png at the root, as Teams expects. Throws PackageError when invalid. */
export async function buildTeamsAppPackage(settings: TeamsAppSettings, manifest = teamsManifest(settings)): Promise<Uint8Array> {
  const problems = await validateTeamsManifest(manifest);
  if (problems.length > 0) {
    throw new PackageError(`The Teams app manifest does not validate against schema v${TEAMS_SCHEMA_VERSION}: ${problems.slice(0, 5).join('; ')}`);
  }
  const icons = (manifest as { icons: { color: string; outline: string } }).icons;
  // A fixed timestamp keeps the package byte-identical for identical settings.
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    {
      'manifest.json': [Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }],
      [icons.color]: [colorIcon(192), { mtime }],
      [icons.outline]: [outlineIcon(32), { mtime }],
    },
    { level: 9 },
  );
}
