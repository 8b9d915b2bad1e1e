import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsAppPackage, PackageError, teamsAppSettings } from '../manifest/build';
import { ConfigError, loadConfig, type Config } from '../src/config';

// `npm run package [-- --out <dir>]`: everything a council's administrators upload, built from the configuration
// (environment, or .env when present) into build/: the Teams app package, and the Outlook add-in manifest.

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

/**
 * OUTLOOK ADD-IN MANIFEST STEP: the add-in manifest (addin/manifest.xml from the same configuration) is built by the
 * add-in's own builder (work in progress on branch i13-addin); when it lands, add its step to this list.
 */
const PACKAGE_STEPS: readonly PackageStep[] = [teamsApp];

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
      console.log(`${step.name}: ${files.map((f) => relative(process.cwd(), f)).join(', ')}`);
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
