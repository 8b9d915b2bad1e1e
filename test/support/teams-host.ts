// A scripted Teams web client for tab tests: a page that frames the tab and answers the teams-js messages the tab sends,
// as @microsoft/teams-js 2.x exchanges them with its host (window.postMessage). Requests arrive as
// { id, uuidAsString, func, args }; the host answers with { id, uuidAsString, args } to the requesting frame:
// - 'initialize' → [frameContext, hostClientType, runtimeConfig (JSON string), clientSupportedSDKVersion]
// - 'getContext' → [legacy context: userObjectId, userDisplayName, loginHint, tid, locale, theme, entityId, ...]
// - 'authentication.getAuthToken' → [true, token] or [false, reason]
// One-way messages ('appInitialization.success', 'registerHandler') get no answer. The host can push
// { func: 'themeChange', args: [theme] } as Teams does when the user changes theme.

export interface ScriptedHost {
  tabUrl: string;
  user: { id: string; name: string; upn: string; tenantId: string };
  theme: 'default' | 'dark' | 'contrast';
  locale?: string;
  /** The SSO token the host hands out, or the reason it refuses (as Teams reports, e.g. "resourceRequiresConsent"). */
  sso: { token: string } | { refuse: string };
}

/** Runtime capabilities a current Teams web client announces (the parts the tab touches). */
const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: { app: {}, appEntity: {}, pages: { config: {}, backStack: {}, fullTrust: {}, tabs: {} }, teams: { fullTrust: {} }, teamsCore: {} },
};

export function scriptedHostPage(host: ScriptedHost): string {
  const context = {
    locale: host.locale ?? 'en-gb',
    theme: host.theme,
    entityId: 'my-records',
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    userObjectId: host.user.id,
    userDisplayName: host.user.name,
    userPrincipalName: host.user.upn,
    loginHint: host.user.upn,
    tid: host.user.tenantId,
    appSessionId: '5a9f4e77-2f4b-4a58-a1d1-64e3a3d6c2d0',
  };
  const config = JSON.stringify({ context, runtime: JSON.stringify(RUNTIME), sso: host.sso }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Teams (scripted host)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body><iframe id="tab" title="My records" src="${host.tabUrl}"></iframe>
<script>
const config = ${config};
const frame = document.getElementById('tab');
window.hostLog = [];
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  const m = e.data;
  if (!m || typeof m.func !== 'string') return;
  window.hostLog.push(m.func);
  const reply = (args) => frame.contentWindow.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, e.origin);
  if (m.func === 'initialize') reply(['content', 'web', config.runtime, '2.58.0']);
  else if (m.func === 'getContext') reply([config.context]);
  else if (m.func === 'authentication.getAuthToken') reply('token' in config.sso ? [true, config.sso.token] : [false, config.sso.refuse]);
});
window.setTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, new URL(frame.src).origin);
</script></body></html>`;
}
