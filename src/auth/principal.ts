/**
 * Who is making a request. Records are written under the practitioner's own identity, never a shared login
 * (../shared/seeds/004_ae6e3d56d6571414.txt, "Timely": "entries must not be made under the log in of another person").
 */
export interface Principal {
  /** Entra ID object id (oid claim), or the local identity's id in local mode. */
  userId: string;
  /** Display name, shown as the record's author. */
  name: string;
  /** Entra ID tenant id (tid claim); "local" in local mode. */
  tenantId: string;
  /** The caller's delegated access token, for stores that act on their behalf (SharePoint through Graph). */
  accessToken?: string;
  /** 'graph' when accessToken is already a Graph token for this person (the bot's, from the Bot Framework token service). */
  tokenFor?: 'graph';
  /** True when the identity came from local mode (anonymous, loopback only), not from a validated token. */
  local?: boolean;
}
