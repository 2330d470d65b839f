// Runs at build time for the reference page; small enough to ship if a widget ever needs it.

import { API_CODES } from './error-catalogue';
import type { ApiCodeEntry, HttpStatusEntry, RejectionReason } from './error-entry-schema';
import { HTTP_STATUSES } from './http-statuses';
import { REJECTION_REASONS } from './rejection-reasons';

/** The parts of the catalogue the reference page groups its entries by. */
export type ErrorGroup = 'statuses' | 'codes' | 'rejections';

/** A link from one entry to a related one on the same page. */
export interface RelatedLink {
	label: string;
	/** In-page anchor, such as `#status-401`. */
	href: string;
}

/** The reader-facing wording every catalogue entry has. */
type Wording = Pick<RejectionReason, 'name' | 'meaning' | 'workatoCause' | 'fix' | 'inWorkato'>;

/** One catalogue entry, ready to render. */
export type ErrorRow = Wording & {
	/** Anchor of the entry: `status-401`, `code-1200`, `code-3015-3060` or `rejected-text-missing`. */
	id: string;
	/** What the reader looks up: the status, the code or range, or 8x8's exact description. */
	label: string;
	/** Statuses that carry a code, or codes a status usually carries. */
	related: RelatedLink[];
	/** Short remarks, such as "Not met when sending an SMS"; empty for most entries. */
	notes: string[];
};

/**
 * Returns the entries of one group in page order: statuses and codes ascending, rejection
 * reasons in 8x8's order. A code whose status 8x8 does not document has no related link.
 */
export function buildErrorRows(group: ErrorGroup): ErrorRow[] {
	switch (group) {
		case 'statuses':
			return HTTP_STATUSES.map(statusRow);
		case 'codes':
			return API_CODES.map(codeRow);
		case 'rejections':
			return REJECTION_REASONS.map(rejectionRow);
	}
}

function statusRow(entry: HttpStatusEntry): ErrorRow {
	const codes: readonly ApiCodeEntry[] = API_CODES;
	const related = codes
		.filter((code) => code.status === entry.status)
		.map((code) => ({ label: `Code ${codeLabel(code)}`, href: `#${codeId(code)}` }));
	return {
		...wording(entry),
		id: `status-${entry.status}`,
		label: String(entry.status),
		related,
		notes: notesFor(entry),
	};
}

function codeRow(entry: ApiCodeEntry): ErrorRow {
	const { status } = entry;
	const related =
		status === 'not documented' ? [] : [{ label: `Status ${status}`, href: `#status-${status}` }];
	return {
		...wording(entry),
		id: codeId(entry),
		label: codeLabel(entry),
		related,
		notes: notesFor(entry),
	};
}

function rejectionRow(entry: RejectionReason): ErrorRow {
	const slug = entry.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	return {
		...wording(entry),
		id: `rejected-${slug.replace(/^-|-$/g, '')}`,
		label: entry.description,
		related: [{ label: 'Status 200', href: '#status-200' }],
		notes: [],
	};
}

function wording({ name, meaning, workatoCause, fix, inWorkato }: Wording): Wording {
	return { name, meaning, workatoCause, fix, inWorkato };
}

function codeId(entry: ApiCodeEntry): string {
	return `code-${entry.lastCode === undefined ? entry.code : `${entry.code}-${entry.lastCode}`}`;
}

function codeLabel(entry: ApiCodeEntry): string {
	return entry.lastCode === undefined ? String(entry.code) : `${entry.code}–${entry.lastCode}`;
}

function notesFor(entry: HttpStatusEntry | ApiCodeEntry): string[] {
	const notes = [];
	if (entry.origin === 'mock') {
		notes.push("Only this site's mock gives it");
	}
	if (!entry.smsRelevant) {
		notes.push('Not met when sending an SMS');
	}
	return notes;
}
