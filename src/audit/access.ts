import type { Principal } from '../auth/principal';

/**
 * Who may read what the bot told practitioners: information-governance leads only, deny by default. Today the IG leads
 * are the user ids listed in AUDIT_READERS; this is the one place to point at the organisation's roles when they exist.
 */
export function isInformationGovernanceLead(principal: Principal, readers: readonly string[]): boolean {
  return readers.includes(principal.userId);
}
