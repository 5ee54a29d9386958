namespace Corpus.Storage.Search;

/// <summary>The full-text index of each store (migration 0015): how to find statements in it, and how to mark their matches.</summary>
internal abstract class FullText
{
    /// <summary>Marks around each matched word in the text the stores return: control characters a statement does not normally hold (<see cref="MarkedText"/> checks).</summary>
    public const char MatchOpen = '\u0002';
    public const char MatchClose = '\u0003';

    /// <summary>
    /// A query of <c>(statement_id, score)</c> rows for <c>@match</c>, higher scores more relevant. Rows are
    /// materialized so that each score is computed once and compares equal to itself in a cursor.
    /// </summary>
    public abstract string Hits { get; }

    /// <summary>A query of <c>(id, marked)</c> rows for <c>@match</c> and the statements <c>@ids</c>: each text with its matches marked.</summary>
    public abstract string Marked { get; }

    public abstract string Match(SearchText text);

    public static FullText Of(SqlDialect dialect) => dialect == SqlDialect.Postgres ? Postgres : Sqlite;

    private static readonly FullText Sqlite = new SqliteFts5();

    private static readonly FullText Postgres = new PostgresTsvector();

    private sealed class SqliteFts5 : FullText
    {
        // bm25() is lower for better matches.
        public override string Hits =>
            """
            SELECT s.id AS statement_id, -bm25(statements_fts) AS score
            FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid
            WHERE statements_fts MATCH @match
            """;

        public override string Marked =>
            """
            SELECT s.id, highlight(statements_fts, 0, char(2), char(3))
            FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid
            WHERE statements_fts MATCH @match AND s.id IN @ids
            """;

        public override string Match(SearchText text) => text.ToFts5();
    }

    private sealed class PostgresTsvector : FullText
    {
        // Normalization 1 divides by the log of the text's length, as bm25 favours short texts.
        public override string Hits =>
            """
            SELECT s.id AS statement_id, ts_rank(s.search, query, 1)::float8 AS score
            FROM statements s, websearch_to_tsquery('corpus_search', @match) query
            WHERE s.search @@ query
            """;

        public override string Marked =>
            """
            SELECT s.id, ts_headline('corpus_search', s.text, websearch_to_tsquery('corpus_search', @match),
                                     'HighlightAll=true, StartSel="' || chr(2) || '", StopSel="' || chr(3) || '"')
            FROM statements s
            WHERE s.id = ANY(@ids)
            """;

        public override string Match(SearchText text) => text.ToWebSearch();
    }
}
