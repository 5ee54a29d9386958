using System.Data.Common;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Views;

internal static class StatementQueries
{
    public const string Columns = $"{ColumnsButCleanText}, {StatementTexts.CleanTextColumn} AS clean_text_brotli";

    /// <summary><see cref="Columns"/> for statements whose articles' clean texts the reader has (<see cref="StatementTexts.Add"/>).</summary>
    private const string ColumnsWithoutCleanText = $"{ColumnsButCleanText}, NULL AS clean_text_brotli";

    private const string ColumnsButCleanText =
        """
        st.id, ss.speaker_id, sp.name AS speaker_name, st.mentioned_name, st.text, st.kind, st.cue, st.article_id, st.source, a.published,
        sm.meeting_id, sq.quote_id, st.start_offset, st.end_offset,
        (SELECT r.name FROM statement_rules r WHERE r.id = st.rule_id) AS rule, st.confidence
        """;

    /// <summary>The speaker link <c>ss</c> of the statement <c>st</c>.</summary>
    public const string SpeakerLinkJoin = "LEFT JOIN statement_speakers ss ON ss.statement_id = st.id";

    /// <summary>What <see cref="Columns"/> reads beside the statement <c>st</c>, its speaker link <c>ss</c> and its article <c>a</c>.</summary>
    public const string LinkJoins =
        """
        LEFT JOIN speakers sp ON sp.id = ss.speaker_id
        LEFT JOIN statement_meetings sm ON sm.statement_id = st.id LEFT JOIN statement_quotes sq ON sq.statement_id = st.id
        """;

    public const string ArticleJoin = "LEFT JOIN articles a ON a.id = st.article_id";

    /// <summary>What <see cref="Columns"/> reads beside the statement <c>st</c>.</summary>
    public const string Joins = $"{SpeakerLinkJoin} {LinkJoins} {ArticleJoin}";

    public static async Task<List<StatementView>> WhereAsync(DbConnection connection, string condition, object parameters, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM statements st {Joins} WHERE {condition}", parameters, cancellationToken: ct));
        var texts = new StatementTexts();
        return rows.Select(r => ToView(r, texts)).ToList();
    }

    /// <summary>Statements of articles whose clean texts <paramref name="known"/> holds, read in <paramref name="snapshot"/> with them.</summary>
    public static async Task<List<StatementView>> OfArticlesAsync(
        DbConnection connection, DbTransaction snapshot, IReadOnlyCollection<string> articleIds, StatementTexts known, CancellationToken ct)
    {
        var dialect = SqlDialect.Of(connection);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT {ColumnsWithoutCleanText} FROM articles a CROSS JOIN statements st {SpeakerLinkJoin} {LinkJoins}
            WHERE {dialect.InList("a.id", "@ids")} AND {dialect.StatementOfArticle("st", "a")} ORDER BY st.article_id, st.ordinal
            """,
            new { ids = dialect.List(articleIds) },
            snapshot,
            cancellationToken: ct));
        return rows.Select(r => ToView(r, known)).ToList();
    }

    /// <param name="texts">Where the texts the rows do not hold are read, for every row of one query.</param>
    public static StatementView ToView(Row r, StatementTexts texts)
    {
        var speaker = r.speaker_id is not null ? new SpeakerLink(r.speaker_id, r.speaker_name ?? r.mentioned_name ?? string.Empty)
            : r.mentioned_name is not null ? new SpeakerLink(null, r.mentioned_name)
            : null;
        return new StatementView(
            r.id, speaker, texts.Of(r.text, r.article_id, r.clean_text_brotli, r.start_offset, r.end_offset), StatementKinds.Name(r.kind), r.cue, r.article_id, r.source, r.published, r.meeting_id, r.quote_id, r.start_offset, r.end_offset, r.rule, r.confidence);
    }

#pragma warning disable IDE1006 // Dapper fills these by column name.
    internal class Row
    {
        public string id { get; set; } = string.Empty;
        public string? speaker_id { get; set; }
        public string? speaker_name { get; set; }
        public string? mentioned_name { get; set; }
        public string? text { get; set; }
        public byte[]? clean_text_brotli { get; set; }
        public long kind { get; set; }
        public string cue { get; set; } = string.Empty;
        public string article_id { get; set; } = string.Empty;
        public string? source { get; set; }
        public string? published { get; set; }
        public string? meeting_id { get; set; }
        public string? quote_id { get; set; }
        public long start_offset { get; set; }
        public long end_offset { get; set; }
        public string rule { get; set; } = string.Empty;
        public double confidence { get; set; }
    }
#pragma warning restore IDE1006
}
