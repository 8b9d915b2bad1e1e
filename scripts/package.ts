import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsAppPackage, PackageError, teamsAppSettings } from '../manifest/build';
import { ConfigError, loadConfig, type Config } from '../src/config';

// `npm run package [-- --out <dir>]`: everything a council's administrators upload, built from the configuration
// (environment, or .env when present) into build/: the Teams app package, then the Outlook add-in manifest.

interface PackageStep {
  name: string;
  /** Writes its output into outDir and returns the files it wrote. */
  run(config: Config, outDir: string, version: string): Promise<string[]>;
}

const teamsApp: PackageStep = {
  name: 'Teams app (bot, My records tab)',
  async run(config, outDir, version) {
    const zip = await buildTeamsAppPackage(teamsAppSettings(config, version));
    const file = join(outDir, 'teams-app.zip');
    writeFileSync(file, zip);
    return [file];
  },
};

/** The add-in builder's surface (scripts/addin/, branch i13-addin), loaded only where it exists. */
interface AddinBuilder {
  settings: { addinSettings(env: Record<string, string | undefined>): unknown };
  build: { writeManifest(settings: unknown, path: string): string };
}

/**
 * OUTLOOK ADD-IN MANIFEST STEP: addin/manifest.xml from the same configuration, by the add-in's own builder
 * (scripts/addin/build.ts). ADDIN_BASE_URL defaults to https://BOT_DOMAIN, where the same server serves /addin/.
 * Until the add-in's builder is part of this checkout, the step says so and the Teams package is still written.
 */
const outlookAddin: PackageStep = {
  name: 'Outlook add-in manifest',
  async run(config, outDir) {
    const at = (name: string) => new URL(`./addin/${name}.ts`, import.meta.url);
    if (!existsSync(at('build')) || !existsSync(at('settings'))) {
      console.log('Outlook add-in manifest: skipped (the add-in builder, scripts/addin/build.ts, is not in this checkout)');
      return [];
    }
    const builder: AddinBuilder = { settings: await import(at('settings').href), build: await import(at('build').href) };
    let settings: unknown;
    try {
      settings = builder.settings.addinSettings({ ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || (config.publicHost ? `https://${config.publicHost}` : undefined) });
    } catch (err) {
      throw new PackageError((err as Error).message);
    }
    return [builder.build.writeManifest(settings, join(outDir, 'outlook-addin-manifest.xml'))];
  },
};

const PACKAGE_STEPS: readonly PackageStep[] = [teamsApp, outlookAddin];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'build' } } });
  const outDir = values.out as string;
  // Settings come from the environment; a local .env fills in what is not set (never committed).
  if (existsSync('.env')) process.loadEnvFile('.env');
  const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  try {
    const config = loadConfig(process.env);
    mkdirSync(outDir, { recursive: true });
    for (const step of PACKAGE_STEPS) {
      const files = await step.run(config, outDir, version);
      if (files.length > 0) console.log(`${step.name}: ${files.map((f) => relative(process.cwd(), f)).join(', ')}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof PackageError) {
      console.error(`Cannot package: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main();
