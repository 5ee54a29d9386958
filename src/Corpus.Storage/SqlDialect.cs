using System.Data.Common;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace Corpus.Storage;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>Column type of an auto-incremented 64-bit key.</summary>
    public abstract string AutoIncrementKey { get; }

    /// <summary>A match of <paramref name="column"/> against any element of a list parameter, whose value is <see cref="List{T}"/>.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The value of a list parameter of <see cref="InList"/>.</summary>
    public abstract object List<T>(IEnumerable<T> values);

    /// <summary>
    /// What a SELECT appends so that the rows it read cannot be deleted before its transaction ends (SQLite has one
    /// writer at a time, so nothing to add).
    /// </summary>
    public abstract string KeepRowsRead { get; }

    /// <summary>
    /// A condition on the speaker <paramref name="alias"/> that every word of the query parameter (made by
    /// <see cref="WordPrefixQuery"/>) starts a word of its name or aliases.
    /// </summary>
    public abstract string SpeakerMatches(string alias, string parameter);

    /// <summary>
    /// The ids of the articles whose title or clean text has a word starting with each word of the query parameter,
    /// latest uploaded first, with their place in that order (<c>position</c>); at most <c>@take</c>, after
    /// <c>@after</c> when <paramref name="afterPosition"/>, of <c>@source</c> when <paramref name="bySource"/>.
    /// </summary>
    public abstract string ArticlesMatching(string parameter, bool bySource, bool afterPosition);

    /// <summary>Stores articles' words (<see cref="Search.Words.OfArticle"/>) for <see cref="ArticlesMatching"/>, replacing those they had.</summary>
    public abstract Task StoreArticleWordsAsync(StoreTransaction tx, IReadOnlyList<(string Id, string Words)> articles, CancellationToken ct);

    /// <summary>
    /// The day number of a date (<c>yyyy-MM-dd</c>, perhaps with a time after it) or null: later days have higher
    /// numbers, and no date (or one the store cannot read) is 0. SQLite's is the Julian day number.
    /// </summary>
    public abstract string DayNumber(string date);

    /// <summary>The <see cref="DayNumber"/> of the statement <paramref name="statement"/>'s article, 0 when it has none or is not stored.</summary>
    public abstract string StatementDay(string statement);

    /// <summary>The condition that the statement <paramref name="statement"/> is one of the article <paramref name="article"/>'s.</summary>
    public abstract string StatementOfArticle(string statement, string article);

    /// <summary>The query <see cref="SpeakerMatches"/> takes for these words, or null when the text has none.</summary>
    public string? WordPrefixQuery(string text)
    {
        var words = Search.Words.Of(text).Distinct().ToList();
        return words.Count == 0 ? null : PrefixQuery(words);
    }

    private protected abstract string PrefixQuery(IReadOnlyList<string> words);

    /// <summary>
    /// The query <see cref="ArticlesMatching"/> takes for the words of <paramref name="text"/>, read in
    /// <paramref name="tx"/>; null when no article can match.
    /// </summary>
    public virtual Task<string?> ArticleWordsQueryAsync(DbConnection connection, DbTransaction tx, string text, CancellationToken ct) =>
        Task.FromResult(WordPrefixQuery(text));

    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect Postgres = new PostgresDialect();

    /// <summary>The dialect of a connection opened outside a turn.</summary>
    public static SqlDialect Of(DbConnection connection) => connection is NpgsqlConnection ? Postgres : Sqlite;

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Name => "sqlite";

        public override string AutoIncrementKey => "INTEGER PRIMARY KEY AUTOINCREMENT";


        // One JSON array parameter: a list expanded by Dapper into a parameter per element is bound by name, and SQLite
        // finds each name by a walk over all of them, so binding grows with the square of the list's length.
        public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

        public override object List<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);

        public override string KeepRowsRead => string.Empty;

        public override string DayNumber(string date) => $"COALESCE(CAST(julianday(substr({date}, 1, 10)) AS INTEGER), 0)";

        public override string StatementDay(string statement) =>
            $"COALESCE((SELECT {DayNumber("a.published")} FROM articles a WHERE a.id = {statement}.article_id), 0)";

        // An article's statements of StableId.OfStatement's form are the range of ids its arrival starts, read from the
        // statements' own key; those of the older form are found by article through an index kept for them (migration
        // 0052), whose condition this spells as the index does so that SQLite uses it.
        public override string StatementOfArticle(string statement, string article)
        {
            var first = $"(CASE WHEN {article}.arrival BETWEEN 0 AND {StableId.MaxArrival} THEN printf('s%09x', {article}.arrival) END)";
            return $"(({statement}.id >= {first} AND {statement}.id < {first} || 'g') OR " +
                $"((length({statement}.id) <> 16 OR substr({statement}.id, 1, 1) <> 's') AND {statement}.article_id = {article}.id))";
        }

        public override string SpeakerMatches(string alias, string parameter) =>
            $"{alias}.rowid IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH {parameter})";

        private protected override string PrefixQuery(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));

        public override async Task<string?> ArticleWordsQueryAsync(DbConnection connection, DbTransaction tx, string text, CancellationToken ct)
        {
            var words = Search.Words.Of(text).Distinct().ToList();
            return words.Count == 0 ? null : await Search.ArticleWordTerms.MatchAsync(connection, tx, words, ct);
        }

        // By rowid, as values: an INSERT … SELECT into FTS5 costs SQLite an ephemeral table per row (bench/README.md).
        public override async Task StoreArticleWordsAsync(StoreTransaction tx, IReadOnlyList<(string Id, string Words)> articles, CancellationToken ct)
        {
            var rowids = (await tx.Connection.QueryAsync<(string Id, long Rowid)>(new CommandDefinition(
                $"SELECT id, rowid FROM articles WHERE {InList("id", "@ids")}",
                new { ids = List(articles.Select(a => a.Id)) },
                tx.Transaction,
                cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Rowid, StringComparer.Ordinal);
            await RowByRow.ExecuteAsync(
                tx, "INSERT OR REPLACE INTO article_words (rowid, words) VALUES ({0}, {1})", [.. articles.Where(a => rowids.ContainsKey(a.Id))], a => [rowids[a.Id], a.Words], ct);
        }

        // The index hands its matches over in rowid order, which is upload order, and stops at the LIMIT: with each
        // prefix spelled out as whole words (Search/ArticleWordTerms.cs), a common word costs no more than a rare one.
        public override string ArticlesMatching(string parameter, bool bySource, bool afterPosition) =>
            $"""
            SELECT w.rowid AS position, a.id FROM article_words w JOIN articles a ON a.rowid = w.rowid
            WHERE article_words MATCH {parameter}{(bySource ? " AND a.source = @source" : string.Empty)}{(afterPosition ? " AND w.rowid < @after" : string.Empty)}
            ORDER BY w.rowid DESC LIMIT @take
            """;
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Name => "postgres";

        public override string AutoIncrementKey => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";


        // Npgsql sends an array as one parameter, which IN cannot take.
        public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

        public override object List<T>(IEnumerable<T> values) => values.ToArray();

        public override string KeepRowsRead => " FOR KEY SHARE";

        // Migration 0046.
        public override string DayNumber(string date) => $"corpus_day_number({date})";

        // Migration 0053: a statement keeps its article's day.
        public override string StatementDay(string statement) => $"{statement}.day";

        // PostgreSQL guesses a range between two expressions to hold a share of the table, not an article's few
        // statements, and plans every walk of articles around that guess: its index by article stays.
        public override string StatementOfArticle(string statement, string article) => $"{statement}.article_id = {article}.id";

        // The matches are taken from the index first: ordered by id with a LIMIT, the planner would rather walk the
        // primary key and test each row, which reads the whole table for a rare name.
        public override string SpeakerMatches(string alias, string parameter) =>
            $"{alias}.id = ANY(ARRAY(SELECT id FROM speakers WHERE search @@ to_tsquery('simple', {parameter})))";

        public override Task StoreArticleWordsAsync(StoreTransaction tx, IReadOnlyList<(string Id, string Words)> articles, CancellationToken ct) =>
            RowByRow.ExecuteAsync(
                tx,
                "INSERT INTO article_words (article_id, search) VALUES ({0}, strip(to_tsvector('simple', {1}))) ON CONFLICT (article_id) DO UPDATE SET search = excluded.search",
                articles,
                a => [a.Id, a.Words],
                ct);

        // Ordered by the words' own arrival (migration 0042): a common word is read newest first until the page is full,
        // a rare one from the GIN index, as the planner judges from the column's statistics.
        public override string ArticlesMatching(string parameter, bool bySource, bool afterPosition) =>
            $"""
            SELECT w.arrival AS position, w.article_id AS id FROM article_words w{(bySource ? " JOIN articles a ON a.id = w.article_id AND a.source = @source" : string.Empty)}
            WHERE w.search @@ to_tsquery('simple', {parameter}){(afterPosition ? " AND w.arrival < @after" : string.Empty)}
            ORDER BY w.arrival DESC LIMIT @take
            """;

        // Words are letters and digits only, so none of them is tsquery syntax.
        private protected override string PrefixQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => $"{w}:*"));
    }
}
