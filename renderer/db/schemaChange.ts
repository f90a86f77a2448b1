/**
 * Another window upgrading (or deleting) the database: this window's connection would block it
 * and then run on a schema it does not know, so it closes at once and the page reloads.
 */
import type { Dexie } from 'dexie';

export type SchemaChange = 'upgrade' | 'delete';

export function onSchemaChangeElsewhere(
  db: Dexie,
  react: (change: SchemaChange) => void,
): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    react(event.newVersion === null ? 'delete' : 'upgrade');
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
