import type { Store } from '../../engine/store/store.js';

/** The notebook session, and the cell, a message the bot posted belongs to. */
export interface MessageLink {
  readonly sessionId: string;
  readonly cell: number | null;
}

/**
 * Remembers which session each of the bot's chat messages answered, so a reply in the thread under
 * an answer, or a button on it, continues that session, also after a restart. A link goes when its
 * session expires.
 */
export interface MessageLinks {
  link(place: string, messageId: string, link: MessageLink, now: number): Promise<void>;
  find(place: string, messageId: string): Promise<MessageLink | null>;
}

/** Links in the bot tables of the kpibot database (migration 3). */
export function sqlMessageLinks(store: Store): MessageLinks {
  return {
    async link(place, messageId, link, now) {
      await store.run(
        'INSERT INTO bot_messages (place, message_id, session_id, cell, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (place, message_id) DO NOTHING',
        [place, messageId, link.sessionId, link.cell, now],
      );
    },
    async find(place, messageId) {
      const row = await store.get<{ session_id: string; cell: number | null }>(
        'SELECT session_id, cell FROM bot_messages WHERE place = ? AND message_id = ?',
        [place, messageId],
      );
      return row ? { sessionId: row.session_id, cell: row.cell } : null;
    },
  };
}
