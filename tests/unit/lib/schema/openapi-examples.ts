// Every example of 8x8's published OpenAPI file (sms-api.openapi.json) for the send endpoints,
// copied by hand so the tests never read the file. Request examples must pass the request
// schemas; response examples must pass the response schemas.

/** `components.schemas.SmsRequest.example`. */
export const smsRequestExample = {
	source: 'AwesomeName',
	destination: '6500000000',
	text: 'Hello world!',
	clientMessageId: '1234',
};

/** `components.schemas.BatchSmsRequest.example`. */
export const batchSmsRequestExample = {
	clientBatchId: 'SmsApi demo',
	messages: [
		{ destination: '12025550288', text: 'SMS text', clientMessageId: '1001' },
		{ destination: '+12025550308', text: 'SMS text', clientMessageId: '1002' },
		{
			destination: '2025550308',
			country: 'US',
			clientMessageId: '1003',
			source: 'VIP',
			text: 'Custom message to this unique person! เป็นอย่างไรบ้าง?',
		},
	],
	template: { source: 'AwesomeName', text: 'Message to the world', encoding: 'AUTO' },
	includeMessagesInResponse: false,
};

/** `components.schemas.SmsTemplateFull.example`. */
export const smsTemplateExample = {
	source: 'AwesomeName',
	text: 'Message to the world!',
	encoding: 'AUTO',
};

const queued = { code: 'QUEUED', description: 'SMS is accepted and queued for processing' };

/** `components.schemas.SmsStatus.example`. */
export const smsStatusExample = queued;

/** `SmsResponse.example` and the 200 example of `POST .../messages`. */
export const smsResponseExamples = [
	{
		umid: 'bda3d56d-1424-e711-813c-06ed3428fe67',
		clientMessageId: '1234',
		destination: '6500000000',
		encoding: 'GSM7',
		status: queued,
	},
	{
		umid: 'bda3d56d-1424-e711-813c-06ed3428fe67',
		clientMessageId: 'client-message-id',
		destination: '12025550275',
		encoding: 'GSM7',
		status: queued,
	},
];

/** `BatchSmsResponse.example` and the 200 example of `POST .../messages/batch`. */
export const batchSmsResponseExamples = [
	{
		batchId: 'f1ea5276-a824-e711-8146-022a22cc1c71',
		clientBatchId: 'SmsApi-Demo1',
		acceptedCount: 3,
		rejectedCount: 1,
		messages: ['6500000001', '6500000002', '6500000003'].map((destination, index) => ({
			umid: `${index === 0 ? 'f2' : 'f3'}ea5276-a824-e711-8146-022a22cc1c71`,
			clientMessageId: `SmsApi-Demo1/${destination}`,
			destination,
			encoding: 'GSM7',
			status: queued,
		})),
	},
	{
		batchId: 'f1ea5276-a824-e711-8146-022a22cc1c71',
		clientBatchId: 'Demo#1001',
		acceptedCount: 3,
		rejectedCount: 1,
		messages: [
			{
				umid: 'f2ea5276-a824-e711-8146-022a22cc1c71',
				clientMessageId: 'Demo#1001/6598760001',
				destination: '6598760001',
				encoding: 'GSM7',
				status: queued,
			},
			{
				umid: 'f3ea5276-a824-e711-8146-022a22cc1c71',
				clientMessageId: 'id_100001',
				destination: '659876002',
				encoding: 'GSM7',
				status: queued,
			},
			{
				umid: 'f3ea5276-a824-e711-8146-022a22cc1c71',
				clientMessageId: 'id_100002',
				destination: '33509750003',
				encoding: 'UCS2',
				status: queued,
			},
			{
				umid: 'f3ea5276-a824-e711-8146-022a22cc1c71',
				clientMessageId: 'id_100003',
				destination: '+1123456789',
				encoding: 'GSM7',
				status: {
					code: 'REJECTED',
					description: 'Invalid MSISDN format (not E.164 international number)',
				},
			},
		],
	},
];

/** The `ErrorResponse` schema example and the error examples of the shared 4xx/5xx answers. */
export const errorResponseExamples = [
	{
		code: 1001,
		message: "Provided subAccountId doesn't belongs to your account",
		errorId: '91b106f0-c0da-4aba-a43a-7af9c5893a80',
		timestamp: '2017-04-19T02:31:19.4297387+00:00',
	},
	{
		code: 1002,
		message: 'Invalid MSISDN format (not E.164 international number)',
		errorId: 'b4478860-b76c-e811-814e-022a35cc1c71',
		timestamp: '2018-08-04T09:25:40.9235752+00:00',
	},
	{
		code: 1200,
		message: 'Request was not authenticated properly',
		errorId: 'db9dced4-3534-4d86-9d18-6b448af0d621',
		timestamp: '2018-08-02T09:42:38.8988997+00:00',
	},
	{
		code: 1014,
		message: 'TLS 1.3+ is required for Singapore-bound messages. Detected: TLSv1.2',
		errorId: 'b4478860-b76c-e811-814e-022a35cc1c71',
		timestamp: '2018-08-04T09:25:40.9235752+00:00',
	},
	{
		code: 429,
		message: 'Quota exceeded. Please try again in 1 second(s).',
		errorId: 'c8a41b47-57bf-ea11-8273-00155d466a31',
		timestamp: '2020-07-06T07:07:00.30Z',
	},
	{
		code: 2000,
		message: 'Internal server error',
		errorId: 'db9dced4-3534-4d86-9d18-6b448af0d621',
		timestamp: '2018-07-02T09:42:38.8988997+00:00',
	},
];
