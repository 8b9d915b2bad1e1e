// The five published policies the product encodes; ids are stable and appear in stored records and feedback.
export const POLICY_IDS = [
  'cardiff-vale',
  'pan-dorset',
  'waltham-forest',
  'brighton-hove',
  'nottinghamshire',
] as const;

export type PolicyId = (typeof POLICY_IDS)[number];

export interface PolicySource {
  id: PolicyId;
  /** Publisher as a practitioner would name it, e.g. "Nottinghamshire Children's Social Care". */
  organisation: string;
  /** Document title as published. */
  document: string;
  /** Seed file in shared/seeds/ the quotes are checked against. */
  seedFile: string;
}

export const POLICY_SOURCES: Readonly<Record<PolicyId, PolicySource>> = Object.freeze({
  'cardiff-vale': {
    id: 'cardiff-vale',
    organisation: 'Cardiff and Vale of Glamorgan Regional Safeguarding Children Board',
    document: 'Recording and Retention of Text Messages and Other Electronic Communication',
    seedFile: '000_246400782fd030f7.txt',
  },
  'pan-dorset': {
    id: 'pan-dorset',
    organisation: 'Pan Dorset Inter-Agency Safeguarding Procedures',
    document: 'Chapter 4.4 Guidelines for Text Messaging and E-mailing',
    seedFile: '001_fdbc209de47bb855.txt',
  },
  'waltham-forest': {
    id: 'waltham-forest',
    organisation: 'Waltham Forest Social Care',
    document: 'Communication Tools and/or Mechanisms of Data transfer',
    seedFile: '002_ee89280d7a41aef9.txt',
  },
  'brighton-hove': {
    id: 'brighton-hove',
    organisation: 'Brighton and Hove City Council',
    document: "Recording Policy for Children's Social Work",
    seedFile: '003_eb9f2ce817820393.txt',
  },
  nottinghamshire: {
    id: 'nottinghamshire',
    organisation: "Nottinghamshire Children's Social Care",
    document: 'Written Records (Including Retention)',
    seedFile: '004_ae6e3d56d6571414.txt',
  },
});

/** The places each policy's organisation covers, as practitioners name them ("Brighton SW here", "we're in Poole"). */
export const POLICY_PLACES: Readonly<Record<PolicyId, readonly string[]>> = Object.freeze({
  // 'Barry' is left out: a first name far more often than the town in a practitioner's question.
  'cardiff-vale': ['cardiff', 'vale of glamorgan', 'c&v', 'the vale'],
  // Councils are named by their initials too: BCP (Bournemouth, Christchurch and Poole), LBWF, BHCC.
  'pan-dorset': ['dorset', 'bournemouth', 'poole', 'bcp'],
  'waltham-forest': ['waltham', 'wf', 'lbwf'],
  'brighton-hove': ['brighton', 'hove', 'b&h', 'b & h', 'b and h', 'bhcc'],
  nottinghamshire: ['notts', 'nottinghamshire', 'nottingham'],
});

/**
 * Shorter names a place goes by only where nothing else could be meant, as pattern fragments: "Vale of Glam", and "vale" alone
 * as the name a worker gives ("vale SW", "(vale)", "vale - …", "vale. work phone died"), not a street or another Vale ("Vale Road",
 * "Aylesbury Vale").
 */
const PLACE_SHORTHANDS: Readonly<Partial<Record<PolicyId, readonly string[]>>> = {
  'cardiff-vale': [String.raw`vale of glam\w*`, String.raw`(?<![a-z] )vale(?=\s*(?:sw|team|worker|here|[-.,:;)!?]|$))`],
};

/** Each policy's places as one pattern, for reading which places a question names (the understanding and the answer alike). */
export const PLACE_PATTERNS: Readonly<Record<PolicyId, RegExp>> = Object.freeze(
  Object.fromEntries(POLICY_IDS.map((p) => [p, new RegExp(`\\b(${[...POLICY_PLACES[p], ...(PLACE_SHORTHANDS[p] ?? [])].join('|')})\\b`, 'i')])) as Record<PolicyId, RegExp>,
);
