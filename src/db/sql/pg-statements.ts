// Prepared statements kept on each PostgreSQL connection. Prisma's pg adapter (6.19.3) sends every query as an
// unnamed statement, which the server parses and plans on every call. pg parses a query that has a `name` once
// per connection and reuses it after (its named statements); so the pool the adapter is given makes connections
// that name the statements they are sent (this file), and nothing else changes: the adapter, its pool and its
// transactions are Prisma's as they come.
// - Only statements with parameters are named: they already go through the extended protocol, where a name only
//   adds the statement's reuse. That is every query and write the app sends; BEGIN, COMMIT, SET and the like
//   (and DDL, which cannot take parameters) stay simple queries.
// - Each connection names up to a bound of distinct statements; past it, statements are sent unnamed as before,
//   so SQL that varies (IN lists of many sizes) cannot grow a connection's memory, or the server's, without end.
// - The server keeps a named statement's parameter types and result columns from its first prepare. pg sends
//   no parameter types, so the server infers them from the SQL alone, as it does for an unnamed statement. A
//   schema change that alters a statement's result columns makes the server refuse the kept statement («cached
//   plan must not change result type»): the connection then sends that SQL unnamed from then on, and runs it
//   again at once when it was not in a transaction (the refusal comes before anything is done); inside a
//   transaction the error is the transaction's, as any other error there would be.
// On or off by POSTGRES_STATEMENT_CACHE; checked by test/db/pg-statements.test.ts.
import pg from 'pg';

type Callback = (err: Error | null, res?: unknown) => void;
type Query = (config: unknown, values?: unknown, callback?: Callback) => unknown;

/**
 * The server's refusal of a kept statement whose result columns a schema change altered: SQLSTATE 0A000, «cached
 * plan must not change result type» (the text follows the server's lc_messages, so only the code is read). Any
 * other 0A000 of a named statement would be the same SQL's own and come back when it is run again unnamed; it
 * then costs that statement its name on this connection, nothing more.
 */
export function isStalePlan(err: unknown): boolean {
  return (err as { code?: string })?.code === '0A000';
}

export interface KeptStatements {
  /** The SQL this connection names (its statement's name), or sends unnamed (null) after a stale plan. */
  readonly names: ReadonlyMap<string, string | null>;
}

/**
 * A pg Client class whose connections name up to `max` distinct statements each. Given to the pool as its
 * `Client` option (pg-pool makes its connections with it).
 */
export function keptStatementsClient(max: number): typeof pg.Client {
  return class KeptStatementsClient extends pg.Client implements KeptStatements {
    readonly names = new Map<string, string | null>();
    /** The transaction status of the last ReadyForQuery: I idle, T in a transaction, E in a failed one. */
    private status = 'I';

    constructor(config?: string | pg.ClientConfig) {
      super(config);
      // Added before the client's own listeners (they are attached as it connects), so the status is the one
      // a statement started in when its error reaches the callback: pg answers an error before the
      // ReadyForQuery that follows it.
      this.connection.on('readyForQuery', (msg: { status?: string }) => {
        this.status = msg.status ?? this.status;
      });
      // pg's own query, looked up at every call (as any wrapper of pg's prototype would see it).
      const query: Query = (config, values, callback) =>
        (pg.Client.prototype.query as unknown as Query).call(this, config, values, callback);
      const keptQuery: Query = (config, values, callback) => {
        const name = this.nameFor(config, values);
        if (!name) return query(config, values, callback);
        const text = (config as { text: string }).text;
        const attempt = (done: Callback) =>
          query({ ...(config as object), name }, values, (err, res) => {
            if (err && isStalePlan(err)) {
              this.names.set(text, null);
              if (this.status === 'I') {
                query(config, values, done);
                return;
              }
            }
            done(err, res);
          });
        if (typeof callback === 'function') {
          attempt(callback);
          return undefined;
        }
        return new Promise((resolve, reject) => attempt((err, res) => (err ? reject(err) : resolve(res))));
      };
      (this as unknown as { query: Query }).query = keptQuery;
    }

    /** The name for this query, when it is one to name and the connection keeps it (or has room for it). */
    private nameFor(config: unknown, values: unknown): string | null {
      if (typeof config !== 'object' || config === null) return null;
      const c = config as { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };
      if (typeof c.text !== 'string' || c.name !== undefined || typeof c.submit === 'function') return null;
      const args = values ?? c.values;
      if (!Array.isArray(args) || args.length === 0) return null;
      const kept = this.names.get(c.text);
      if (kept !== undefined) return kept;
      if (this.names.size >= max) return null;
      const name = `peygir_${this.names.size + 1}`;
      this.names.set(c.text, name);
      return name;
    }
  };
}
