using System.Data.Common;

namespace Corpus.TestSupport;

/// <summary>
/// The counts the database keeps for the lists (sources, speakers, quotes' outlets), compared with the same counts
/// taken from the rows: after any ingest, crash or regrouping they must agree.
/// </summary>
public static class ViewCountsAudit
{
    private static readonly (string What, string Kept, string Recounted)[] Counts =
    [
        ("source counts",
            "SELECT source, articles, statements FROM source_counts WHERE articles <> 0 OR statements <> 0",
            """
            SELECT source, SUM(articles), SUM(statements) FROM (
                SELECT source, COUNT(*) AS articles, 0 AS statements FROM articles
                WHERE source IS NOT NULL AND state IN ('settled', 'processed') GROUP BY source
                UNION ALL
                SELECT source, 0, COUNT(*) FROM statements WHERE source IS NOT NULL GROUP BY source) c
            GROUP BY source
            """),
        ("speakers' statement counts",
            "SELECT id, statement_count FROM speakers",
            "SELECT sp.id, (SELECT COUNT(*) FROM statement_speakers ss WHERE ss.speaker_id = sp.id) FROM speakers sp"),
        ("speakers' outlets",
            "SELECT speaker_id, source, statements FROM speaker_sources",
            """
            SELECT ss.speaker_id, st.source, COUNT(*) FROM statement_speakers ss JOIN statements st ON st.id = ss.statement_id
            WHERE st.source IS NOT NULL GROUP BY ss.speaker_id, st.source
            """),
        ("quotes' outlets",
            "SELECT id, outlets FROM quotes",
            """
            SELECT q.id, (SELECT COUNT(DISTINCT COALESCE(a.source, a.client_key, a.id))
                          FROM statement_quotes sq JOIN statements st ON st.id = sq.statement_id JOIN articles a ON a.id = st.article_id
                          WHERE sq.quote_id = q.id)
            FROM quotes q
            """),
        ("uploads' progress",
            "SELECT upload_id, processed, failed FROM upload_progress WHERE processed <> 0 OR failed <> 0",
            """
            SELECT upload_id, SUM(CASE WHEN state = 'processed' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END)
            FROM articles WHERE state IN ('processed', 'failed') GROUP BY upload_id
            """),
    ];

    /// <returns>One line per kind of count that disagrees, saying how many rows do; empty when all agree.</returns>
    public static async Task<List<string>> DisagreementsAsync(DbConnection connection)
    {
        var found = new List<string>();
        foreach (var (what, kept, recounted) in Counts)
        {
            var onlyKept = await CountAsync(connection, $"SELECT * FROM ({kept}) k EXCEPT SELECT * FROM ({recounted}) r");
            var onlyRecounted = await CountAsync(connection, $"SELECT * FROM ({recounted}) r EXCEPT SELECT * FROM ({kept}) k");
            if (onlyKept + onlyRecounted > 0)
            {
                found.Add($"{what}: {onlyKept} kept rows differ from the rows, {onlyRecounted} recounted rows are not kept");
            }
        }
        return found;
    }

    private static async Task<long> CountAsync(DbConnection connection, string rows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM ({rows}) d";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
