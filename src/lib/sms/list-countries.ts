// Ships to the browser, loaded on demand: it pulls in libphonenumber-js metadata (~32 kB gzip).

import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';

/** One choice of a "Default country" picker. */
export interface CountryOption {
	/** ISO 3166-1 alpha-2 code, the value to pass to `normalizeDestination`. */
	code: CountryCode;
	/** Country name in the requested locale, or the code when the runtime has no name for it. */
	name: string;
	/** Calling code without `+`: `65` for Singapore. */
	callingCode: string;
}

/**
 * Returns every country libphonenumber-js knows (245 in its current metadata), named in
 * `locale` through `Intl.DisplayNames` and sorted by that name in that locale.
 */
export function listCountries(locale = 'en'): CountryOption[] {
	const names = new Intl.DisplayNames([locale], { type: 'region' });
	const options = getCountries().map((code) => ({
		code,
		name: names.of(code) ?? code,
		callingCode: getCountryCallingCode(code),
	}));
	const collator = new Intl.Collator(locale);
	return options.sort((a, b) => collator.compare(a.name, b.name));
}
