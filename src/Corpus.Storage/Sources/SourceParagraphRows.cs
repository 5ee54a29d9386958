using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Sources;

public static class SourceParagraphRows
{
    /// <summary>Adds one article to the count of each of its paragraph fingerprints.</summary>
    public static Task CountAsync(StoreTransaction tx, string source, IEnumerable<long> fingerprints, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO source_paragraphs (source, fingerprint, articles) VALUES (@source, @fingerprint, 1)
            ON CONFLICT (source, fingerprint) DO UPDATE SET articles = source_paragraphs.articles + 1
            """,
            fingerprints.Select(fingerprint => new { source, fingerprint }).ToList(),
            tx.Transaction,
            cancellationToken: ct));

    /// <summary>The fingerprints each outlet repeats in at least <paramref name="threshold"/> articles.</summary>
    public static async Task<Dictionary<string, HashSet<long>>> RecurringAsync(DbConnection connection, IReadOnlyCollection<string> sources, int threshold, CancellationToken ct)
    {
        if (sources.Count == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<(string Source, long Fingerprint)>(new CommandDefinition(
            $"SELECT source, fingerprint FROM source_paragraphs WHERE {SqlDialect.Of(connection).InList("source", "@sources")} AND articles >= @threshold",
            new { sources = sources.ToList(), threshold = (long)threshold },
            cancellationToken: ct));
        return rows.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Select(r => r.Fingerprint).ToHashSet());
    }
}
