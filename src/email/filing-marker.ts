// File on send: the compose pane stamps the message with this internet header (Office.js internetHeaders, Mailbox 1.8),
// whose value is a UUID; after sending, the sent copy is found in Sent Items by it through Microsoft Graph.

export const FILING_MARKER_HEADER = 'x-companion-filing';

/**
 * Custom internet headers are MAPI named properties in the PS_INTERNET_HEADERS property set; Graph reads and filters
 * them as single-value extended properties with this id (documented form "String {guid} Name header-name").
 */
export const FILING_MARKER_PROPERTY = `String {00020386-0000-0000-C000-000000000046} Name ${FILING_MARKER_HEADER}`;

/** A UUID: the only shape accepted, so the value is safe inside an OData filter and cannot name another message. */
export const FILING_MARKER_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
