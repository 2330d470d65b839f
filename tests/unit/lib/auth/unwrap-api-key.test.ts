import { describe, expect, it } from 'vitest';

import { unwrapApiKey } from '~/lib/auth/unwrap-api-key';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

function unwrap(raw: string) {
	const { start, end, removed } = unwrapApiKey(raw);
	return { key: raw.slice(start, end), start, removed };
}

describe('unwrapApiKey', () => {
	it.each([
		{ raw: `  ${KEY}\n`, start: 2, removed: ['2 spaces', '1 line break'] },
		{ raw: `\t${KEY}\r\n`, start: 1, removed: ['1 tab', '1 line break'] },
		{ raw: `${KEY}\r\n\r\n`, start: 0, removed: ['2 line breaks'] },
		{ raw: `\r${KEY}\r`, start: 1, removed: ['2 line breaks'] },
		{ raw: `\u00A0${KEY} `, start: 1, removed: ['1 space', '1 no-break space'] },
		{ raw: ` \t \n${KEY}\t`, start: 4, removed: ['2 spaces', '2 tabs', '1 line break'] },
	])('removes outer whitespace from $raw and counts it', ({ raw, start, removed }) => {
		expect(unwrap(raw)).toEqual({ key: KEY, start, removed });
	});

	it.each([
		{ raw: `'${KEY}'` },
		{ raw: `"${KEY}"` },
		{ raw: `\`${KEY}\`` },
		{ raw: `\u201C${KEY}\u201D` },
		{ raw: `\u2018${KEY}\u2019` },
		{ raw: `\u201D${KEY}\u201D` },
		{ raw: `"${KEY}\u201D` },
	])('removes one pair of quotes from $raw', ({ raw }) => {
		expect(unwrap(raw)).toEqual({ key: KEY, start: 1, removed: ['surrounding quotes'] });
	});

	it.each([
		{ raw: ` "${KEY}" `, start: 2, removed: ['2 spaces', 'surrounding quotes'] },
		{ raw: `" ${KEY}\n"`, start: 2, removed: ['1 space', '1 line break', 'surrounding quotes'] },
	])('removes whitespace outside and inside the quotes of $raw', ({ raw, start, removed }) => {
		expect(unwrap(raw)).toEqual({ key: KEY, start, removed });
	});

	it('removes only one pair of quotes', () => {
		expect(unwrap(`''${KEY}''`)).toEqual({
			key: `'${KEY}'`,
			start: 1,
			removed: ['surrounding quotes'],
		});
	});

	it.each([
		{ raw: `Bearer ${KEY}`, start: 7 },
		{ raw: `bearer ${KEY}`, start: 7 },
		{ raw: `BEARER\t${KEY}`, start: 7 },
		{ raw: `Bearer   ${KEY}`, start: 9 },
	])('removes the prefix from $raw', ({ raw, start }) => {
		expect(unwrap(raw)).toEqual({ key: KEY, start, removed: ['a Bearer prefix'] });
	});

	it.each([
		{ raw: `Bearer Bearer ${KEY}`, start: 14 },
		{ raw: `bearer Bearer ${KEY}`, start: 14 },
	])('removes a doubled prefix from $raw and counts both', ({ raw, start }) => {
		expect(unwrap(raw)).toEqual({ key: KEY, start, removed: ['2 Bearer prefixes'] });
	});

	it.each([
		{ raw: `Authorization: Bearer ${KEY}`, start: 22 },
		{ raw: `authorization:Bearer ${KEY}`, start: 21 },
		{ raw: `Authorization : bearer ${KEY}`, start: 23 },
	])('removes a whole pasted header line $raw', ({ raw, start }) => {
		expect(unwrap(raw)).toEqual({
			key: KEY,
			start,
			removed: ['the header name Authorization', 'a Bearer prefix'],
		});
	});

	it.each([
		{ raw: `"Bearer ${KEY}"`, start: 8 },
		{ raw: `Bearer "${KEY}"`, start: 8 },
	])('removes quotes and prefix in either order from $raw', ({ raw, start }) => {
		expect(unwrap(raw)).toEqual({
			key: KEY,
			start,
			removed: ['surrounding quotes', 'a Bearer prefix'],
		});
	});

	it.each([
		{ raw: KEY },
		{ raw: 'AbCdEf123 GhIjKl456' },
		{ raw: `AbCdEf\u200B123GhIjKl456MnOpQr789` },
		{ raw: `\u200B${KEY}` },
		{ raw: `${KEY}\uFEFF` },
	])('leaves $raw untouched, inner and invisible characters included', ({ raw }) => {
		expect(unwrap(raw)).toEqual({ key: raw, start: 0, removed: [] });
	});

	it('leaves nothing when only a prefix was pasted', () => {
		expect(unwrap('Bearer ')).toEqual({
			key: '',
			start: 6,
			removed: ['1 space', 'a Bearer prefix'],
		});
	});
});
