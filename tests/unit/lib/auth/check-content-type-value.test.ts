import { describe, expect, it } from 'vitest';

import { checkContentTypeValue } from '~/lib/auth/check-content-type-value';
import { readHeaderLine } from '~/lib/auth/read-header-line';

// `Content-Type: ` is 14 characters, so the value starts at index 14 of the line.
function check(value: string, name = 'Content-Type') {
	const line = { number: 1, offset: 0, text: `${name}: ${value}` };
	const { field } = readHeaderLine(line);
	if (field === undefined) {
		throw new Error(`could not read ${line.text}`);
	}
	return checkContentTypeValue(field, line);
}

function codes(value: string) {
	return check(value).map(({ code, severity }) => `${severity} ${code}`);
}

describe('checkContentTypeValue', () => {
	it('accepts application/json', () => {
		expect(check('application/json')).toEqual([]);
	});

	it('accepts the handed lower-case name with a charset, with an info note', () => {
		const issues = check('application/json; charset=UTF-8', 'content-type');
		expect(issues).toMatchObject([
			{ code: 'HEADER_CONTENT_TYPE_CHARSET', severity: 'info', position: 32 },
		]);
		expect(issues[0]?.title).toMatchInlineSnapshot(
			`"The charset on line 1 is allowed but unnecessary: JSON is UTF-8."`,
		);
	});

	it.each([
		{ value: 'application/json;charset=utf-8' },
		{ value: 'application/json; charset="UTF-8"' },
		{ value: 'application/json ; CHARSET = utf-8' },
	])('marks the charset in $value as unnecessary', ({ value }) => {
		expect(codes(value)).toEqual(['info HEADER_CONTENT_TYPE_CHARSET']);
	});

	it.each([{ value: 'application/JSON' }, { value: 'Application/Json' }])(
		'notes the capitals in $value',
		({ value }) => {
			expect(check(value)).toMatchObject([
				{
					code: 'HEADER_CONTENT_TYPE_CASE',
					severity: 'info',
					title: `Content-Type on line 1 is written ${value}.`,
				},
			]);
		},
	);

	it.each([
		{ value: 'text/plain' },
		{ value: 'application/x-www-form-urlencoded' },
		{ value: 'multipart/form-data; boundary=x' },
		{ value: 'text/json' },
		{ value: 'application/vnd.api+json' },
	])('asks for a JSON body instead of $value', ({ value }) => {
		expect(codes(value)).toEqual(['error HEADER_CONTENT_TYPE_NOT_JSON']);
	});

	it.each([{ value: 'application/json; charset=iso-8859-1' }, { value: 'application/json; q=1' }])(
		'warns about the parameter in $value',
		({ value }) => {
			expect(codes(value)).toEqual(['warning HEADER_CONTENT_TYPE_PARAMETER']);
		},
	);

	it.each([
		{ value: '', code: 'error HEADER_VALUE_EMPTY' },
		{ value: '"application/json"', code: 'error HEADER_VALUE_QUOTED' },
	])('refuses the value $value', ({ value, code }) => {
		expect(codes(value)).toEqual([code]);
	});

	it('words a text/plain body for the reader', () => {
		const [issue] = check('text/plain');
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "8x8 takes the message as a JSON body labelled application/json; a server that expects JSON may refuse any other label (415 Unsupported Media Type) or misread the fields.",
				  "fix": "Change line 1 to Content-Type: application/json, and set the Send request action to send its body as JSON.",
				  "title": "Content-Type on line 1 is text/plain: send the body as JSON.",
				}
			`);
	});
});
