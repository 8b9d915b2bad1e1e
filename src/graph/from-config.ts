import type { Config } from '../config';
import { ConfigError } from '../config';
import type { Logger } from '../log';
import { SharePointRecordStore } from '../recording/sharepoint-store';
import { ORPHAN_GRACE_MS } from '../recording/sqlite-store';
import type { GraphClientSettings } from './client';
import { GraphMailSource } from './mail';
import { OnBehalfOfTokenProvider } from './tokens';

// RECORD_STORE=sharepoint: the store and mail source acting as each practitioner through the on-behalf-of exchange.

export function graphSettingsFromConfig(config: Config): GraphClientSettings {
  const { appId, appPassword, tenantId } = config.bot;
  if (!appId || !appPassword || !tenantId) {
    throw new ConfigError('RECORD_STORE=sharepoint acts as each practitioner through Entra ID: set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.');
  }
  return { baseUrl: config.graph.baseUrl, tokens: new OnBehalfOfTokenProvider({ tenantId, clientId: appId, clientSecret: appPassword }) };
}

/**
 * The worker's own mailbox through Graph (on-behalf-of) whenever the app has its credentials, whatever the record
 * store: filing by Outlook message id and filing on send (the sent copy in Sent Items) need it. None in local mode.
 */
export function graphMailFromConfig(config: Config): GraphMailSource | undefined {
  const { appId, appPassword, tenantId } = config.bot;
  if (config.localMode || !appId || !appPassword || !tenantId) return undefined;
  return new GraphMailSource(graphSettingsFromConfig(config));
}

export function createSharePointRecording(config: Config, logger?: Logger): { store: SharePointRecordStore; mail: GraphMailSource } {
  if (!config.graph.siteId) throw new ConfigError('SHAREPOINT_SITE_ID is required when RECORD_STORE=sharepoint.');
  const graph = graphSettingsFromConfig(config);
  return { store: new SharePointRecordStore({ siteId: config.graph.siteId, graph, orphanGraceMs: ORPHAN_GRACE_MS, ...(logger ? { logger } : {}) }), mail: new GraphMailSource(graph) };
}
