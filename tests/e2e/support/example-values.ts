/** The made-up values the guide uses (see the cases file): never a real key or number. */
export const EXAMPLE = {
	apiKey: 'AbCdEf123GhIjKl456MnOpQr789',
	maskedKey: 'AbCd…r789',
	subAccountId: 'acme_hq',
	destination: '+6591234567',
	text: 'New mail: Order "ABC-123" shipped',
	url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
} as const;
