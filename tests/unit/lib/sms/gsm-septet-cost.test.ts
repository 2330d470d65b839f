import { describe, expect, it } from 'vitest';

import { gsmSeptetCost } from '~/lib/sms/gsm-septet-cost';

const rows = (chars: string) => Array.from(chars, (char) => ({ char }));

describe('gsmSeptetCost', () => {
	it.each(rows('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà'))(
		'costs one septet for $char',
		({ char }) => {
			expect(gsmSeptetCost(char)).toBe(1);
		},
	);

	it.each(rows('^{}\\[~]|€\f'))('costs two septets for $char', ({ char }) => {
		expect(gsmSeptetCost(char)).toBe(2);
	});

	it.each(rows('\t`’“–…\u00a0çáж🔥\u001b'))('cannot send $char', ({ char }) => {
		expect(gsmSeptetCost(char)).toBeUndefined();
	});
});
