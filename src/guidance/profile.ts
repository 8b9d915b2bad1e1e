import { POLICY_IDS, type PolicyId } from './policies';

export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** Which policies an organisation applies and whose bank holidays count as non-working days. */
export interface OrganisationProfile {
  id: string;
  name: string;
  policies: readonly PolicyId[];
  nation: Nation;
}

export const DEFAULT_PROFILE: OrganisationProfile = Object.freeze({
  id: 'default',
  name: 'All five policies',
  policies: POLICY_IDS,
  nation: 'england-and-wales',
});
