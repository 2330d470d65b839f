import { setupServer } from 'msw/node';

import { messageHandlers } from './handlers/messages';

/**
 * MSW server for Node (tests and scripts) answering 8x8's SMS API from the model. Callers start
 * it with `server.listen()`, choosing their own `onUnhandledRequest` policy.
 */
export const server = setupServer(...messageHandlers);
