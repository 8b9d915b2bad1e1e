import type { DigitalContactApproval, MyWork, WorkAction, WorkItem } from '../../recording/my-work';
import type { StoredRecord } from '../../recording/types';
import { ApiProblem, callApi } from './api';
import { connect, HostError, type HostSession, type Theme } from './host';

// "My records": what is due for the signed-in practitioner and, for a line manager, their team. Text only through
// textContent (record content is never parsed as HTML).

type Child = Node | string | null | undefined | false;

function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

const root = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const mode = (document.querySelector('meta[name="care-mode"]')?.getAttribute('content') ?? 'entra') as 'local' | 'entra';
let session: HostSession | undefined;
let dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
let ids = 0;

const written = (iso: string) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

function say(message: string): void {
  status.textContent = message;
}

function problem(err: unknown, retry: () => void): HTMLElement {
  const message = err instanceof ApiProblem || err instanceof HostError ? err.message : 'Something went wrong in this tab. Try again.';
  const button = h('button', { type: 'button', class: 'secondary' }, 'Try again');
  button.addEventListener('click', retry);
  return h('div', { class: 'problem', role: 'alert' }, h('p', {}, message), button);
}

async function headers(): Promise<Record<string, string>> {
  if (!session) throw new HostError('Not connected.');
  return session.authHeaders();
}

function recordDetails(r: StoredRecord): HTMLElement {
  const d = r.details;
  const rows: [string, string][] = [
    ['Person', `${r.person.name} (${r.person.reference})`],
    ['Recorded by', `${r.author.name}, ${written(r.recordedAt)}`],
    ['Recording deadline', `${written(r.deadline.due)}${r.deadline.onTime ? '' : ' (recorded after the deadline)'}`],
  ];
  if (d.kind === 'contact-recording') {
    rows.push(['Contact', `${d.direction === 'incoming' ? 'From' : 'To'} ${d.otherParty}, ${written(d.messageAt)}`], ['Purpose', d.purpose]);
    if ('text' in d.content && d.content.text) rows.push(['Message', d.content.text]);
  } else {
    rows.push(['Supervisor', d.supervisor.name], ['Supervisee', d.supervisee.name], ['Discussion', d.discussion]);
    for (const x of d.decisions) rows.push(['Decision', `${x.decision}: ${x.reasons}`]);
  }
  for (const a of r.amendments) rows.push([`Amendment (${written(a.amendedAt)})`, `${a.reason}: ${a.text}`]);
  for (const s of r.signOffs) rows.push([s.kind === 'read-and-agreed' ? 'Read and agreed' : s.kind.replace(/-/g, ' '), `${s.by.name}, ${written(s.at)}${s.note ? `: ${s.note}` : ''}`]);
  const dl = h('dl', { class: 'record' });
  for (const [k, v] of rows) dl.append(h('dt', {}, k), h('dd', {}, v));
  return dl;
}

function openButton(item: { reference: string }): [HTMLElement, HTMLElement] {
  const regionId = `record-${++ids}`;
  const region = h('div', { id: regionId, class: 'details', hidden: '' });
  const button = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': regionId }, `Open ${item.reference}`);
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    region.hidden = open;
    if (open) return;
    region.replaceChildren(h('p', {}, 'Loading the record…'));
    try {
      const body = await callApi<{ record: StoredRecord }>(`/api/recordings/${encodeURIComponent(item.reference)}`, await headers());
      region.replaceChildren(recordDetails(body.record));
    } catch (err) {
      region.replaceChildren(problem(err, () => button.click()));
    }
  });
  return [button, region];
}

function actionButton(item: WorkItem, action: WorkAction, area: HTMLElement): HTMLElement {
  const button = h('button', { type: 'button', class: action.kind === 'read-and-agreed' ? 'primary' : 'secondary' }, action.label);
  button.setAttribute('aria-describedby', `${area.id}-title`);
  button.addEventListener('click', async () => {
    button.setAttribute('disabled', '');
    try {
      const body = { kind: action.kind, ...(action.amendmentId ? { amendmentId: action.amendmentId } : {}) };
      await callApi(`/api/recordings/${encodeURIComponent(item.reference)}/sign-off`, await headers(), { method: 'POST', body });
      const done = action.kind === 'read-and-agreed' ? 'signed off as read and agreed' : action.kind === 'advice-confirmed' ? 'advice confirmed' : 'amendment confirmed';
      await load(`${item.reference}: ${done}.`);
    } catch (err) {
      button.removeAttribute('disabled');
      area.querySelector('.problem')?.remove();
      area.append(problem(err, () => button.click()));
    }
  });
  return button;
}

/** "Return for amendment": the manager says what needs amending; the note is kept if sending fails. */
function returnButton(item: WorkItem, area: HTMLElement): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, 'Return for amendment');
  button.setAttribute('aria-describedby', `${area.id}-title`);
  button.addEventListener('click', () => {
    if (area.querySelector('form')) return;
    button.setAttribute('aria-expanded', 'true');
    const fieldId = `${area.id}-note`;
    const note = h('textarea', { id: fieldId, rows: '3', maxlength: '2000', 'aria-describedby': `${fieldId}-error` }) as HTMLTextAreaElement;
    const error = h('p', { id: `${fieldId}-error`, class: 'field-error' });
    const send = h('button', { type: 'submit', class: 'primary' }, `Return to ${item.author}`);
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const form = h('form', { class: 'return' }, h('label', { for: fieldId }, 'What needs amending?'), note, error, h('div', { class: 'actions' }, send, cancel));
    cancel.addEventListener('click', () => {
      form.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!note.value.trim()) {
        note.setAttribute('aria-invalid', 'true');
        error.textContent = 'Say what needs amending: the note is shown to the author with the record.';
        note.focus();
        return;
      }
      note.removeAttribute('aria-invalid');
      error.textContent = '';
      send.setAttribute('disabled', '');
      try {
        await callApi(`/api/recordings/${encodeURIComponent(item.reference)}/sign-off`, await headers(), { method: 'POST', body: { kind: 'returned-for-amendment', note: note.value.trim() } });
        await load(`${item.reference}: returned to ${item.author} for amendment.`);
      } catch (err) {
        send.removeAttribute('disabled');
        form.querySelector('.problem')?.remove();
        form.append(problem(err, () => send.click()));
      }
    });
    area.append(form);
    note.focus();
  });
  return button;
}

function workItem(item: WorkItem, today: string, withActions: boolean): HTMLElement {
  const li = h('li', { class: 'item', id: `item-${++ids}` });
  const overdue = item.due < today;
  li.append(
    h('p', { class: 'title', id: `${li.id}-title` }, `${item.title}: ${item.person.name}`),
    h('p', { class: 'meta' }, overdue ? h('strong', { class: 'overdue' }, 'Overdue: ') : '', `due ${written(item.due)} · ${item.reference}${withActions ? ` · by ${item.author}` : ''}`),
  );
  if (item.returnedNote) li.append(h('p', { class: 'note' }, `Returned for amendment: ${item.returnedNote}`));
  const waiting = item.waitingFor.filter((w) => !w.startsWith('Returned for amendment'));
  if (waiting.length > 0) li.append(h('p', { class: 'waiting' }, waiting.join(' ')));
  const [open, region] = openButton(item);
  const actions = h('div', { class: 'actions' }, open);
  if (withActions) {
    for (const a of item.actions) actions.append(actionButton(item, a, li));
    if (item.actions.some((a) => a.kind === 'read-and-agreed') && !item.returnedNote) actions.append(returnButton(item, li));
  }
  li.append(actions, region);
  return li;
}

function approvalItem(a: DigitalContactApproval): HTMLElement {
  const li = h('li', { class: 'item' });
  li.append(
    h('p', { class: 'title' }, `${a.channel ?? 'Digital contact'}: ${a.person.name}`),
    h('p', { class: 'meta' }, a.reviewOverdue ? h('strong', { class: 'overdue' }, 'Review overdue: ') : '', `review by ${written(a.reviewDate)} · ${a.reference} · ${a.supervisee}`),
  );
  if (a.purpose || a.consent) li.append(h('p', { class: 'waiting' }, [a.purpose && `Purpose: ${a.purpose}.`, a.consent && `Consent: ${a.consent}.`].filter(Boolean).join(' ')));
  const [open, region] = openButton(a);
  li.append(h('div', { class: 'actions' }, open), region);
  return li;
}

function section(title: string, items: HTMLElement[], empty: string): HTMLElement {
  const id = `list-${++ids}`;
  return h(
    'section',
    { 'aria-labelledby': id },
    h('h3', { id }, `${title} `, h('span', { class: 'count' }, `(${items.length})`)),
    items.length > 0 ? h('ul', { class: 'items' }, ...items) : h('p', { class: 'empty' }, empty),
  );
}

function render(work: MyWork): void {
  const w = work.worker;
  const t = work.today;
  const parts: HTMLElement[] = [
    h('p', { class: 'who' }, `${work.me.name} · ${written(t)}`),
  ];
  if (work.manager) {
    const m = work.manager;
    parts.push(
      h(
        'section',
        { class: 'view', 'aria-labelledby': 'team-heading' },
        h('h2', { id: 'team-heading' }, `My team (${m.people} ${m.people === 1 ? 'person' : 'people'})`),
        section('Awaiting "read and agreed"', m.awaitingReadAndAgreed.map((i) => workItem(i, t, true)), 'Nothing is waiting for your sign-off.'),
        section('Advice awaiting your confirmation', m.adviceAwaitingConfirmation.map((i) => workItem(i, t, true)), 'No advice is waiting for confirmation.'),
        section('Overdue recordings', m.teamOverdue.map((i) => workItem(i, t, true)), 'No recordings are overdue.'),
        section('Digital contact approvals to review', m.approvalsToReview.map(approvalItem), 'No approvals have a review date.'),
      ),
    );
  }
  parts.push(
    h(
      'section',
      { class: 'view', 'aria-labelledby': 'mine-heading' },
      h('h2', { id: 'mine-heading' }, 'My own recordings'),
      section('Recordings overdue', w.recordingsOverdue.map((i) => workItem(i, t, false)), 'No recordings are overdue.'),
      section('Recordings due', w.recordingsDue.map((i) => workItem(i, t, false)), 'No recordings are due.'),
      section('Returned for amendment', w.returnedForAmendment.map((i) => workItem(i, t, false)), 'Nothing has been returned to you.'),
      section('Advice awaiting your manager\'s confirmation', w.adviceAwaitingConfirmation.map((i) => workItem(i, t, false)), 'No advice is waiting for confirmation.'),
      section(
        'Case summaries due',
        w.caseSummariesDue.map((c) => h('li', { class: 'item' }, h('p', { class: 'title' }, `${c.person.name} (${c.person.reference})`), h('p', { class: 'meta' }, `due ${written(c.due)} (${c.basis}, ${written(c.since)})`))),
        'No case summaries are due.',
      ),
      section('Digital contact approvals', w.digitalContactApprovals.map(approvalItem), 'No digital contact approvals with a review date.'),
    ),
  );
  root.replaceChildren(...parts);
}

async function load(announce?: string): Promise<void> {
  root.setAttribute('aria-busy', 'true');
  try {
    const work = await callApi<MyWork>('/api/my-work', await headers());
    render(work);
    say(announce ?? '');
    if (announce) status.focus();
  } catch (err) {
    root.replaceChildren(problem(err, () => void load()));
    say('');
  } finally {
    root.removeAttribute('aria-busy');
  }
}

async function start(): Promise<void> {
  try {
    session = await connect(mode);
  } catch (err) {
    root.replaceChildren(problem(err, () => void start()));
    return;
  }
  applyTheme(session.theme);
  session.onThemeChange(applyTheme);
  document.documentElement.lang = session.locale;
  try {
    dates = new Intl.DateTimeFormat(session.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    // An unknown locale keeps British English dates.
  }
  document.getElementById('refresh')?.addEventListener('click', () => void load('Refreshed.'));
  await load();
}

void start();
