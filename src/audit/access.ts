import type { Principal } from '../auth/principal';

/** The organisation model's answer to "is this person an information-governance lead?" (false for anyone it does not know). */
export type IgLeadCheck = (principal: Principal) => Promise<boolean>;

/** Who may read what the bot told practitioners: information-governance leads only, deny by default. */
export async function isInformationGovernanceLead(principal: Principal, isIgLead: IgLeadCheck): Promise<boolean> {
  return isIgLead(principal).catch(() => false);
}
