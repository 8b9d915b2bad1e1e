import { randomUUID } from 'node:crypto';

// In-memory model of the parts of SharePoint the record store uses. File contents live on disk in the stand-in's temp dir.

export interface StandInUser {
  id: string;
  displayName: string;
  email: string;
  /** False: the user may read but not file (403 accessDenied on writes). */
  canWrite: boolean;
  /** Directory data: /users/{id}/manager, /users/{id}/memberOf and employeeId. */
  managerId?: string;
  groupIds?: string[];
  employeeId?: string;
}

export type ColumnKind = 'text' | 'multilineText' | 'number' | 'dateTime' | 'boolean';

export interface Column {
  id: string;
  name: string;
  displayName: string;
  kind: ColumnKind;
  indexed: boolean;
  /** enforceUniqueValues: a second item with the same value is refused with 409. */
  unique: boolean;
  required: boolean;
  readOnly: boolean;
}

export interface ListItem {
  id: string;
  createdBy: StandInUser;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
}

export interface SpList {
  id: string;
  name: string;
  displayName: string;
  template: 'genericList' | 'documentLibrary';
  columns: Column[];
  items: ListItem[];
  nextItemId: number;
  createdDateTime: string;
  /** Document libraries have a drive. */
  driveId?: string;
}

export interface DriveItem {
  id: string;
  name: string;
  /** Folder path inside the drive, '' for root, no leading or trailing slash. */
  parentPath: string;
  size: number;
  sha256: string;
  file: string;
  createdBy: StandInUser;
  createdDateTime: string;
  downloadToken: string;
}

export interface Drive {
  id: string;
  name: string;
  siteId: string;
  listId: string;
  items: Map<string, DriveItem>;
}

export interface Site {
  id: string;
  lists: SpList[];
}

export interface MailMessage {
  immutableId: string;
  /** The id Outlook gives when the caller does not ask for immutable ids; differs so a missing Prefer header is noticed. */
  restId: string;
  mailbox: string;
  mime: string;
  categories: string[];
  /** Well-known folder name: 'inbox' unless told ('sentitems' for a sent copy). */
  folder?: string;
}

export interface UploadSession {
  token: string;
  driveId: string;
  path: string;
  conflictBehavior: string;
  createdBy: StandInUser;
  total: number | undefined;
  received: number;
  file: string;
  hash: import('node:crypto').Hash;
  expiration: string;
  completedItemId?: string;
}

export function now(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return randomUUID();
}

const DEFAULT_COLUMNS: readonly Omit<Column, 'id'>[] = [
  { name: 'Title', displayName: 'Title', kind: 'text', indexed: false, unique: false, required: false, readOnly: false },
  { name: 'ID', displayName: 'ID', kind: 'number', indexed: true, unique: true, required: false, readOnly: true },
  { name: 'Created', displayName: 'Created', kind: 'dateTime', indexed: false, unique: false, required: false, readOnly: true },
  { name: 'Modified', displayName: 'Modified', kind: 'dateTime', indexed: false, unique: false, required: false, readOnly: true },
  { name: 'ContentType', displayName: 'Content Type', kind: 'text', indexed: false, unique: false, required: false, readOnly: true },
];

export function defaultColumns(): Column[] {
  return DEFAULT_COLUMNS.map((c) => ({ ...c, id: newId() }));
}

export class StandInState {
  readonly sites = new Map<string, Site>();
  readonly drives = new Map<string, Drive>();
  readonly uploads = new Map<string, UploadSession>();
  readonly messages: MailMessage[] = [];

  addSite(id: string): Site {
    const existing = this.sites.get(id);
    if (existing) return existing;
    const site: Site = { id, lists: [] };
    this.sites.set(id, site);
    // Every site has a default "Documents" library, as in SharePoint.
    this.createList(site, { displayName: 'Documents', template: 'documentLibrary', columns: [] });
    return site;
  }

  createList(site: Site, spec: { displayName: string; template: SpList['template']; columns: Column[] }): SpList {
    const list: SpList = {
      id: newId(),
      name: spec.displayName.replace(/[^A-Za-z0-9]/g, ''),
      displayName: spec.displayName,
      template: spec.template,
      columns: [...defaultColumns(), ...spec.columns],
      items: [],
      nextItemId: 1,
      createdDateTime: now(),
    };
    if (spec.template === 'documentLibrary') {
      const drive: Drive = { id: `b!${newId().replace(/-/g, '')}`, name: spec.displayName, siteId: site.id, listId: list.id, items: new Map() };
      this.drives.set(drive.id, drive);
      list.driveId = drive.id;
    }
    site.lists.push(list);
    return list;
  }
}
