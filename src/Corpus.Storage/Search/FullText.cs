using System.Data.Common;
using Corpus.Storage.Statements;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Search;

/// <summary>The full-text index of each store (migration 0015): how to find statements in it, and how to mark their matches.</summary>
internal abstract class FullText
{
    /// <summary>Marks around each matched word in the text the stores return: control characters a statement does not normally hold (<see cref="MarkedText"/> checks).</summary>
    public const char MatchOpen = '\u0002';
    public const char MatchClose = '\u0003';

    /// <summary>What a hit is known by, in the rows of <see cref="From"/>.</summary>
    public abstract string Hit { get; }

    /// <summary>How a hit finds its statement <c>st</c> again.</summary>
    public abstract string HitLink { get; }

    /// <summary>The relevance of a hit: higher is more relevant.</summary>
    public abstract string Score { get; }

    /// <summary>
    /// A query of <c>(hit, score)</c> rows for <c>@match</c> without filters: every hit that can be among the first
    /// <c>@take</c> most relevant after the cursor (<c>@afterScore</c>, <c>@afterDay</c>, <c>@afterId</c>), maybe more.
    /// SQLite's reads the candidates <see cref="SqliteRankedHits"/> found (<c>@candidates</c> and their totals).
    /// </summary>
    public abstract string RankedCandidates { get; }

    /// <summary>Whether <see cref="RankedCandidates"/> finds the candidates itself; otherwise it reads those <see cref="ReadRankedAsync"/> found.</summary>
    public abstract bool FindsRankedHitsInQuery { get; }

    /// <summary>
    /// Reads the rows of a page most relevant first with <paramref name="query"/>, which is given the candidates found
    /// before it (null when none were: it then scores every hit) and the transaction to read in.
    /// </summary>
    public virtual async Task<List<T>> ReadRankedAsync<T>(
        DbConnection connection, StatementFilter filter, SearchCursor? after, int take, Func<SqliteRankedHits.Candidates?, DbTransaction?, CommandDefinition> query, CancellationToken ct) =>
        [.. await connection.QueryAsync<T>(query(null, null))];

    /// <summary>Where hits are found; with <paramref name="withStatement"/> their statement rows are there too, as <c>st</c>, for filters.</summary>
    public abstract string From(bool withStatement);

    /// <summary>The condition that makes a row of <see cref="From"/> a hit of <c>@match</c>.</summary>
    public abstract string Condition { get; }

    /// <summary>The condition that makes the statement <c>st</c> a hit of <c>@match</c>, for a walk of statements in another order.</summary>
    public abstract string Matches { get; }

    /// <summary>A query of one row: how many statements <c>@match</c> finds (<c>hits</c>) and how many there are (<c>statements</c>), estimated at little cost.</summary>
    public abstract string HitEstimate { get; }

    /// <summary>Each of <paramref name="texts"/> that <paramref name="match"/> finds, with its matches marked.</summary>
    public abstract Task<List<(string Id, string Marked)>> MarkAsync(
        DbConnection connection, string match, IReadOnlyList<(string Id, string Text)> texts, CancellationToken ct);

    /// <summary>The columns a statement's index entry is stored in beside its row, after a comma, or nothing.</summary>
    public virtual string SearchColumns => string.Empty;

    /// <summary>What makes the values of <see cref="SearchColumns"/> for each of these statements: none without such columns.</summary>
    public virtual Task<Func<StatementToStore, object?[]>> SearchValuesAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct) =>
        Task.FromResult<Func<StatementToStore, object?[]>>(_ => []);

    /// <summary>Indexes statements just inserted, each once, where the index is not stored with the row.</summary>
    public virtual Task IndexAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct) => Task.CompletedTask;

    public abstract string Match(SearchText text);

    public static FullText Of(SqlDialect dialect) => dialect == SqlDialect.Postgres ? Postgres : Sqlite;

    private static readonly FullText Sqlite = new SqliteFts5();

    private static readonly FullText Postgres = new PostgresTsvector();

    private sealed class SqliteFts5 : FullText
    {
        /// <summary>How statements_fts splits texts into words (migrations 0015 and 0037).</summary>
        private const string Tokenizer = "porter unicode61 remove_diacritics 0";

        // Without filters the statements table is not read for every hit, only for the page's rows: the index alone knows the rowids.
        public override string Hit => $"statements_fts.rowid & {NewestHits.StatementBits}";

        public override string HitLink => "st.rowid = hits.hit";

        // bm25() is lower for better matches.
        public override string Score => "-bm25(statements_fts)";

        // Migration 0026: the hits SqliteRankedHits found, scored as bm25 scores them, the same operations in the same
        // order on the same totals, so that the scores and cursors are bm25's to the bit.
        public override string RankedCandidates =>
            """
            SELECT c.hit, k.idf * ((c.times * (@k1 + 1.0)) / (c.times + @k1 * (1 - @b + @b * l.length / k.average))) AS score
            FROM (SELECT value ->> 0 AS hit, value ->> 1 AS times FROM json_each(@candidates)) c
            JOIN statement_lengths l ON l.statement = c.hit
            CROSS JOIN (SELECT CASE WHEN x <= 0.0 THEN @minIdf ELSE x END AS idf, CAST(@tokens AS REAL) / CAST(@rows AS REAL) AS average
                        FROM (SELECT ln((@rows - @found + 0.5) / (@found + 0.5)) AS x)) k
            WHERE c.times = 1 OR l.length <= c.times * @shortest + (c.times - 1) * @slope + 1
            """;

        public override bool FindsRankedHitsInQuery => false;

        // One word without filters: its candidates are found first (SqliteRankedHits), in a reader's transaction with
        // the page, so that both read one state of the store.
        public override async Task<List<T>> ReadRankedAsync<T>(
            DbConnection connection, StatementFilter filter, SearchCursor? after, int take, Func<SqliteRankedHits.Candidates?, DbTransaction?, CommandDefinition> query, CancellationToken ct)
        {
            if (filter.Narrowed || filter.Text?.OneWord is not { } word)
            {
                return await base.ReadRankedAsync<T>(connection, filter, after, take, query, ct);
            }
            await using var tx = ((SqliteConnection)connection).BeginTransaction(deferred: true);
            var candidates = await SqliteRankedHits.FindAsync(connection, tx, word, after, take, ct);
            List<T> rows = [.. await connection.QueryAsync<T>(query(candidates, tx))];
            await tx.CommitAsync(ct);
            return rows;
        }

        public override string From(bool withStatement) =>
            withStatement ? $"statements_fts JOIN statements st ON st.rowid = statements_fts.rowid & {NewestHits.StatementBits}" : "statements_fts";

        public override string Condition => "statements_fts MATCH @match";

        // FTS5 keeps no statistics: the hits are counted in the index, which reads their rowids and nothing else (up to a
        // number that makes any page walk), and the statements by their last rowid, which only grows.
        public override string HitEstimate =>
            """
            SELECT CAST((SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH @match LIMIT 100000) counted) AS REAL) AS hits,
                   CAST((SELECT max(rowid) FROM statements) AS REAL) AS statements
            """;

        // The hits' rowids are read once, into a temporary index the walk looks each statement up in: a lookup in the
        // full-text index itself would open it again for every statement.
        public override string Matches => $"st.rowid IN (SELECT rowid & {NewestHits.StatementBits} FROM statements_fts WHERE statements_fts MATCH @match)";

        // The index holds no texts (migration 0037): the page's texts are indexed apart, as statements_fts indexes
        // them, and marked there.
        public override async Task<List<(string Id, string Marked)>> MarkAsync(
            DbConnection connection, string match, IReadOnlyList<(string Id, string Text)> texts, CancellationToken ct)
        {
            // Not pooled: a pooled in-memory database would come back with the table in it.
            await using var marking = new SqliteConnection("Data Source=:memory:;Pooling=False");
            await marking.OpenAsync(ct);
            await marking.ExecuteAsync(new CommandDefinition($"CREATE VIRTUAL TABLE marking USING fts5(text, tokenize = '{Tokenizer}')", cancellationToken: ct));
            await marking.ExecuteAsync(new CommandDefinition(
                "INSERT INTO marking (rowid, text) VALUES (@Rowid, @Text)", texts.Select((t, i) => new { Rowid = (long)i, t.Text }), cancellationToken: ct));
            var marked = await marking.QueryAsync<(long Rowid, string Marked)>(new CommandDefinition(
                "SELECT rowid, highlight(marking, 0, char(2), char(3)) FROM marking WHERE marking MATCH @match", new { match }, cancellationToken: ct));
            return [.. marked.Select(m => (texts[(int)m.Rowid].Id, m.Marked))];
        }

        /// <summary>
        /// Indexes the statements just stored, under keys by day (<see cref="NewestHits"/>), with the text the writer has (a row may not hold it, migration 0037);
        /// those stored before (a pass stored again) have their length kept and are indexed already.
        /// </summary>
        public override async Task IndexAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct)
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var statement in statements)
            {
                texts.TryAdd(statement.Id, statement.Text);
            }
            var fresh = (await tx.Connection.QueryAsync<(long Rowid, string Id, long Day)>(new CommandDefinition(
                $"""
                SELECT st.rowid, st.id, {NewestHits.DayOf("a")} FROM statements st LEFT JOIN articles a ON a.id = st.article_id
                WHERE {tx.Dialect.InList("st.id", "@ids")} AND NOT EXISTS (SELECT 1 FROM statement_lengths l WHERE l.statement = st.rowid)
                ORDER BY st.rowid
                """,
                new { ids = tx.Dialect.List(texts.Keys) },
                tx.Transaction,
                cancellationToken: ct))).ToList();
            if (fresh.Count == 0)
            {
                return;
            }
            await NewestHits.IndexAsync(tx, [.. fresh.Select(r => (r.Rowid, r.Day, texts[r.Id]))], ct);
        }

        public override string Match(SearchText text) => text.ToFts5();
    }

    private sealed class PostgresTsvector : FullText
    {
        public override string Hit => "st.id";

        public override string HitLink => "st.id = hits.hit";

        // Normalization 1 divides by the log of the text's length, as bm25 favours short texts.
        public override string Score => "ts_rank(st.search, query, 1)::float8";

        // Migration 0024: for one common word, the shortest hits and those holding it more than once.
        public override string RankedCandidates =>
            "SELECT hit, score FROM corpus_ranked_hits(websearch_to_tsquery('corpus_search', @match), @take, @afterScore, @afterDay, @afterId)";

        public override bool FindsRankedHitsInQuery => true;

        public override string From(bool withStatement) => "statements st CROSS JOIN websearch_to_tsquery('corpus_search', @match) query";

        public override string Condition => "st.search @@ query";

        // The planner's own estimate (migration 0023): counting would read a heap page for every hit.
        public override string HitEstimate => "SELECT hits, statements FROM corpus_statement_hits(websearch_to_tsquery('corpus_search', @match))";

        // In COALESCE, which the GIN index cannot serve, so that the planner walks as it is told: it would otherwise read
        // every hit of a word its statistics call rare, or walk for one they call common, wherever the other costs less.
        public override string Matches => "COALESCE(st.search @@ websearch_to_tsquery('corpus_search', @match), false)";

        public override async Task<List<(string Id, string Marked)>> MarkAsync(
            DbConnection connection, string match, IReadOnlyList<(string Id, string Text)> texts, CancellationToken ct) =>
            [.. await connection.QueryAsync<(string Id, string Marked)>(new CommandDefinition(
                """
                SELECT t.id, ts_headline('corpus_search', t.text, websearch_to_tsquery('corpus_search', @match),
                                         'HighlightAll=true, StartSel="' || chr(2) || '", StopSel="' || chr(3) || '"')
                FROM unnest(@ids, @texts) AS t(id, text)
                """,
                new { match, ids = texts.Select(t => t.Id).ToArray(), texts = texts.Select(t => t.Text).ToArray() },
                cancellationToken: ct))];

        // Migration 0037: the text is not always in the row to compute the index entry from. Migration 0053: the
        // statement's day, which the index holds beside the words; its article is settled before it is stored. The
        // days are read once for all the articles, as values: a subquery in each row of an INSERT is planned apart.
        public override string SearchColumns => ", search, day";

        public override async Task<Func<StatementToStore, object?[]>> SearchValuesAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct)
        {
            var days = (await tx.Connection.QueryAsync<(string Id, int Day)>(new CommandDefinition(
                $"SELECT id, {SqlDialect.Postgres.DayNumber("published")} FROM articles WHERE id = ANY(@ids)",
                new { ids = statements.Select(s => s.ArticleId).Distinct().ToArray() },
                tx.Transaction,
                cancellationToken: ct))).ToDictionary(d => d.Id, d => d.Day);
            return s => [new SqlExpression("to_tsvector('corpus_search', {0})", s.Text), days.GetValueOrDefault(s.ArticleId)];
        }

        public override string Match(SearchText text) => text.ToWebSearch();
    }
}
