// Ships to the browser: glue between the request form, src/lib/sms and the shared page state.
// The phone library is loaded on first use, so page load stays light.
import type { DraftCheck } from '~/lib/sms/check-sms-draft';
import { REQUEST_FIELDS, type DraftState } from '~/lib/state/draft-state';

import {
	draftStore,
	getDraftCheck,
	isPhonePending,
	loadPhoneLibrary,
	loadRequestSchema,
	subscribeToRequest,
} from '../shared/page-state';
import { afterPageLoad } from '../shared/after-page-load';
import { renderFindings } from '../shared/render-findings';
import { restoreControl } from '../shared/restore-control';
import { describeEncoding } from './describe-encoding';
import { describeParts } from './describe-parts';
import { GsmSafeControl } from './gsm-safe-control';

export class SmsRequestBuilder extends HTMLElement {
	#stop: (() => void) | undefined;
	#countries: Promise<void> | undefined;
	#gsmSafe: GsmSafeControl | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form) {
			return;
		}
		this.#restore(form);
		// Saves whatever the restore left in the form, including typing done before it ran.
		this.#save(form);
		form.addEventListener('focusin', () => void this.#loadPhone(form), { once: true });
		form.addEventListener('input', () => this.#save(form));
		form.addEventListener('change', () => this.#save(form));
		this.#startGsmSafe(form);
		// Opening the optional fields is a good moment to fetch the schema that checks them.
		this.querySelector('[data-optional-fields]')?.addEventListener(
			'toggle',
			() => void loadRequestSchema(),
			{ once: true },
		);
		this.#stop = subscribeToRequest(() => this.#render());
		const draft = draftStore.get();
		if (draft.destination || draft.defaultCountry) {
			afterPageLoad(() => void this.#loadPhone(form));
		}
	}

	disconnectedCallback(): void {
		this.#stop?.();
	}

	#restore(form: HTMLFormElement): void {
		const draft = draftStore.get();
		const country = this.#control(form, 'defaultCountry') as HTMLSelectElement;
		if (draft.defaultCountry && !country.querySelector(`option[value="${draft.defaultCountry}"]`)) {
			country.append(new Option(draft.defaultCountry, draft.defaultCountry));
		}
		for (const name of REQUEST_FIELDS) {
			const saved = draft[name];
			if (saved !== undefined) {
				restoreControl(this.#control(form, name), saved);
			}
		}
	}

	#save(form: HTMLFormElement): void {
		const update: Partial<DraftState> = {};
		for (const name of REQUEST_FIELDS) {
			update[name] = this.#control(form, name).value;
		}
		draftStore.update(update);
	}

	// Filling the country list twice would reset a list the reader may have open.
	#loadPhone(form: HTMLFormElement): Promise<void> {
		this.#countries ??= this.#fillCountries(form);
		return this.#countries;
	}

	async #fillCountries(form: HTMLFormElement): Promise<void> {
		const [{ listCountries }] = await Promise.all([
			import('~/lib/sms/list-countries'),
			loadPhoneLibrary(),
		]);
		const select = this.#control(form, 'defaultCountry') as HTMLSelectElement;
		const chosen = select.value;
		const options = listCountries(document.documentElement.lang || 'en').map(
			(country) => new Option(`${country.name} (+${country.callingCode})`, country.code),
		);
		select.replaceChildren(select.options[0] ?? new Option('None', ''), ...options);
		select.value = chosen;
	}

	#startGsmSafe(form: HTMLFormElement): void {
		const root = this.querySelector<HTMLElement>('[data-gsm-safe]');
		const field = this.#control(form, 'text');
		if (root && field instanceof HTMLTextAreaElement) {
			this.#gsmSafe = new GsmSafeControl(root, field, () => this.#save(form));
		}
	}

	#render(): void {
		const check = getDraftCheck();
		const text = describeEncoding(check.encoding, check.requestedEncoding);
		this.#out('destination').textContent =
			check.destination ?? (isPhonePending() ? 'checking when you type…' : 'not valid yet');
		this.#out('encoding').textContent = text.encoding;
		this.#out('segments').textContent = text.segments;
		this.#out('characters').textContent = text.characters;
		const reason = this.#out('non-gsm');
		reason.textContent = text.reason;
		reason.hidden = text.reason === '';
		const doubles = this.#out('double-septet');
		doubles.textContent = text.doubleSeptet;
		doubles.hidden = text.doubleSeptet === '';
		this.#renderParts(check.encoding);
		this.#gsmSafe?.update();
		this.#out('url').textContent =
			check.url ?? 'https://sms.8x8.com/api/v1/subaccounts/{subAccountId}/messages';
		this.#out('body').textContent = check.body
			? JSON.stringify(check.body, null, 2)
			: check.optionalPending
				? 'Checking the optional fields…'
				: 'The body appears here once destination and text are valid.';
		renderFindings(this.querySelector<HTMLElement>('[data-findings]') ?? this, check.issues);
	}

	#renderParts(analysis: DraftCheck['encoding']): void {
		const { parts, cap } = describeParts(analysis);
		const items = parts.map((part) => {
			const item = document.createElement('li');
			const label = document.createElement('strong');
			label.textContent = `${part.label}: `;
			const text = document.createElement('span');
			text.className = 'sms-part-text';
			text.textContent = part.text;
			item.append(label, text);
			item.dataset.cut = String(part.cut);
			return item;
		});
		this.#out('parts').replaceChildren(...items);
		const warning = this.#out('parts-cap');
		warning.textContent = cap;
		warning.hidden = cap === '';
	}

	#out(name: string): HTMLElement {
		return this.querySelector<HTMLElement>(`[data-out="${name}"]`) ?? document.createElement('p');
	}

	#control(form: HTMLFormElement, name: string): HTMLInputElement | HTMLSelectElement {
		return form.elements.namedItem(name) as HTMLInputElement;
	}
}
