// The few headers a contact recording needs: Message-ID (idempotency), Date, From, To, Subject.

export interface EmailFields {
  messageId?: string;
  date?: Date;
  from: string[];
  to: string[];
  subject?: string;
}

/** RFC 2047 encoded words (=?charset?B|Q?...?=), enough for UTF-8 and Latin-1 subjects. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      const cs = charset.toLowerCase();
      return cs === 'utf-8' || cs === 'utf8' ? bytes.toString('utf8') : bytes.toString('latin1');
    });
}

/** Addresses from an address-list header: the part in <...>, or a bare address. */
export function addresses(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const part of unquoted.split(',')) {
    const angle = /<([^>]+)>/.exec(part);
    const bare = /[^\s<>"]+@[^\s<>",]+/.exec(part);
    const addr = angle?.[1] ?? bare?.[0];
    if (addr) out.push(addr.trim());
  }
  return out;
}

export function emailFields(headers: Map<string, string[]>): EmailFields {
  const first = (n: string) => headers.get(n)?.[0];
  const rawDate = first('date');
  const date = rawDate ? new Date(rawDate) : undefined;
  const id = first('message-id')?.trim();
  const subject = first('subject');
  return {
    messageId: id ? id.slice(0, 998) : undefined,
    date: date && !Number.isNaN(date.getTime()) ? date : undefined,
    from: addresses(first('from')),
    to: [...addresses(first('to')), ...addresses(first('cc'))],
    subject: subject === undefined ? undefined : decodeEncodedWords(subject).slice(0, 998),
  };
}
