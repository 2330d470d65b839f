import { describe, expect, it } from 'vitest';

import { readHeaderLine } from '~/lib/auth/read-header-line';

function read(text: string, offset = 0) {
	const { issues, field } = readHeaderLine({ number: 1, offset, text });
	return { codes: issues.map(({ code, position }) => [code, position]), field };
}

describe('readHeaderLine', () => {
	it('splits a line at the first colon and trims the value', () => {
		expect(read('Authorization:   Bearer a:b  ', 10)).toEqual({
			codes: [],
			field: { name: 'Authorization', value: 'Bearer a:b', valueOffset: 27 },
		});
	});

	it('reports a line without a colon at the line start', () => {
		expect(read('Authorization Bearer abc', 10)).toEqual({
			codes: [['HEADER_LINE_NO_COLON', 10]],
			field: undefined,
		});
	});

	it('reports a line without a name', () => {
		expect(read(': Bearer abc')).toEqual({ codes: [['HEADER_NAME_EMPTY', 0]], field: undefined });
	});

	it.each([
		{ text: 'Authorization:: Bearer abc', at: 14 },
		{ text: 'Authorization: : Bearer abc', at: 15 },
		{ text: 'Authorization :: Bearer abc', at: 15 },
	])('reports the colon typed into the name in $text', ({ text, at }) => {
		const { codes, field } = read(text);
		expect(codes).toContainEqual(['HEADER_NAME_HAS_COLON', at]);
		expect(field).toMatchObject({ name: 'Authorization', value: 'Bearer abc' });
	});

	it.each([
		{ text: ' Authorization: Bearer abc', codes: [['HEADER_NAME_SPACE', 0]] },
		{ text: '\tAuthorization: Bearer abc', codes: [['HEADER_NAME_SPACE', 0]] },
		{ text: 'Authorization : Bearer abc', codes: [['HEADER_NAME_SPACE', 13]] },
		{
			text: ' Authorization : Bearer abc',
			codes: [
				['HEADER_NAME_SPACE', 0],
				['HEADER_NAME_SPACE', 14],
			],
		},
	])('reports spaces around the name in $text and still reads it', ({ text, codes }) => {
		expect(read(text)).toMatchObject({ codes, field: { name: 'Authorization' } });
	});

	it('keeps an invisible character at the edge of the value for the value checks', () => {
		expect(read('Authorization: Bearer abc\uFEFF').field?.value).toBe('Bearer abc\uFEFF');
	});

	it('words the colon in the name for the reader', () => {
		const [issue] = readHeaderLine({
			number: 1,
			offset: 0,
			text: 'Authorization:: Bearer x',
		}).issues;
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "Workato puts the colon between name and value itself; a colon typed into the name field becomes part of the name, so 8x8 finds no Authorization header.",
				  "fix": "Remove the colon from the name field so that it reads Authorization.",
				  "title": "The header name on line 1 ends with a colon.",
				}
			`);
	});
});
