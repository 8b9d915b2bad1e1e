import type { Column, Drive, DriveItem, ListItem, SpList, StandInUser } from '../state';

// JSON shapes as Graph returns them.

export function identity(u: StandInUser): { user: { id: string; displayName: string; email: string } } {
  return { user: { id: u.id, displayName: u.displayName, email: u.email } };
}

export function columnJson(c: Column): Record<string, unknown> {
  const typed: Record<string, unknown> =
    c.kind === 'text' ? { text: { allowMultipleLines: false, maxLength: 255 } }
    : c.kind === 'multilineText' ? { text: { allowMultipleLines: true, linesForEditing: 6 } }
    : c.kind === 'number' ? { number: { decimalPlaces: 'automatic' } }
    : c.kind === 'dateTime' ? { dateTime: { format: 'dateTime', displayAs: 'default' } }
    : { boolean: {} };
  return { id: c.id, name: c.name, displayName: c.displayName, indexed: c.indexed, enforceUniqueValues: c.unique, required: c.required, readOnly: c.readOnly, hidden: false, ...typed };
}

export function listJson(siteId: string, l: SpList, origin: string, expandColumns: boolean): Record<string, unknown> {
  return {
    id: l.id,
    name: l.name,
    displayName: l.displayName,
    createdDateTime: l.createdDateTime,
    webUrl: `${origin}/sites/standin/Lists/${encodeURIComponent(l.name)}`,
    list: { template: l.template, hidden: false, contentTypesEnabled: false },
    parentReference: { siteId },
    ...(expandColumns ? { columns: l.columns.map(columnJson) } : {}),
  };
}

export function fieldsJson(item: ListItem): Record<string, unknown> {
  return { '@odata.etag': `"${item.id},1"`, id: item.id, ...item.fields, Created: item.createdDateTime, Modified: item.lastModifiedDateTime };
}

export function itemJson(siteId: string, item: ListItem, expandFields: boolean): Record<string, unknown> {
  return {
    '@odata.etag': `"${item.id},1"`,
    id: item.id,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    createdBy: identity(item.createdBy),
    parentReference: { siteId },
    ...(expandFields ? { fields: fieldsJson(item) } : {}),
  };
}

export function driveJson(d: Drive): Record<string, unknown> {
  return { id: d.id, name: d.name, driveType: 'documentLibrary' };
}

export function driveItemJson(d: Drive, it: DriveItem, origin: string): Record<string, unknown> {
  return {
    id: it.id,
    name: it.name,
    size: it.size,
    createdDateTime: it.createdDateTime,
    lastModifiedDateTime: it.createdDateTime,
    createdBy: identity(it.createdBy),
    parentReference: { driveId: d.id, driveType: 'documentLibrary', path: `/drives/${d.id}/root:${it.parentPath ? `/${it.parentPath}` : ''}` },
    file: { mimeType: it.name.endsWith('.eml') ? 'message/rfc822' : 'application/octet-stream', hashes: { sha256Hash: it.sha256.toUpperCase() } },
    '@microsoft.graph.downloadUrl': `${origin}/download/${it.downloadToken}`,
  };
}
