import type { Principal } from '../auth/principal';
import type { Channel, IsoDate } from '../guidance/situation';
import type { RecordingService } from '../recording/service';
import type { SupervisionDecisionDetails } from '../recording/types';

// The digital contact register: a channel approved for a person is a supervision decision on their record whose
// digital-contact section was discussed and risk assessed and names the channel (Cardiff and Vale para 6: discussed in
// supervision, risk assessed, the decision recorded on the client record). Read through the recording service, so the
// access rules decide who sees it.

export interface ContactApproval {
  /** The supervision decision that approved it. */
  reference: string;
  channel: Channel;
  account?: string;
  purpose?: string;
  consent?: string;
  approvedBy: string;
  approvedOn: IsoDate;
  reviewDate?: IsoDate;
  /** The review date has passed: the approval needs reviewing before the channel is used again. */
  expired: boolean;
}

/** The person's approvals, newest first; undefined when the asker may not see the person's record. */
export async function contactApprovals(recordings: RecordingService, principal: Principal, person: string, today: IsoDate): Promise<ContactApproval[] | undefined> {
  const records = await recordings.list(principal, { person }).catch(() => undefined);
  if (records === undefined) return undefined;
  const approvals: ContactApproval[] = [];
  for (const r of records) {
    if (r.details.kind !== 'supervision-decision') continue;
    const d: SupervisionDecisionDetails = r.details;
    const dc = d.digitalContact;
    if (!dc.discussed || !dc.riskAssessed || !dc.channel) continue;
    approvals.push({
      reference: r.id,
      channel: dc.channel,
      ...(dc.account ? { account: dc.account } : {}),
      ...(dc.purpose ? { purpose: dc.purpose } : {}),
      ...(dc.consent ? { consent: dc.consent } : {}),
      approvedBy: d.supervisor.name,
      approvedOn: d.supervisionDate,
      ...(dc.reviewDate ? { reviewDate: dc.reviewDate } : {}),
      expired: dc.reviewDate !== undefined && dc.reviewDate < today,
    });
  }
  return approvals.sort((a, b) => b.approvedOn.localeCompare(a.approvedOn));
}

/** Person record references named in free text (P-1001, P-NORTH-1); record references (CR-, SD-) are not people. */
export function personReferencesIn(text: string): string[] {
  const found = text.match(/\b[A-Z]{1,6}-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g) ?? [];
  return [...new Set(found.filter((r) => !/^(CR|SD)-/.test(r)))].slice(0, 3);
}
