using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Sources;

/// <summary>One paragraph fingerprint of one outlet: in how many articles it appears, and who kept it while rare.</summary>
public sealed record SourceParagraph(long Fingerprint, long Articles, IReadOnlyList<string> Pending);

public static class SourceParagraphRows
{
    /// <summary>The stored counts of these fingerprints of one outlet; fingerprints never seen are absent.</summary>
    public static async Task<Dictionary<long, SourceParagraph>> LoadAsync(StoreTransaction tx, string source, IEnumerable<long> fingerprints, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<(long Fingerprint, long Articles, string Pending)>(new CommandDefinition(
            $"SELECT fingerprint, articles, pending FROM source_paragraphs WHERE source = @source AND {tx.Dialect.InList("fingerprint", "@fingerprints")}",
            new { source, fingerprints = fingerprints.Distinct().ToList() },
            tx.Transaction,
            cancellationToken: ct));
        return rows.ToDictionary(
            r => r.Fingerprint,
            r => new SourceParagraph(r.Fingerprint, r.Articles, r.Pending.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Stores the counts of distinct fingerprints of one outlet.</summary>
    public static Task SaveAsync(StoreTransaction tx, string source, IReadOnlyList<SourceParagraph> paragraphs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "source_paragraphs (source, fingerprint, articles, pending)",
            paragraphs,
            p => [source, p.Fingerprint, p.Articles, string.Join(' ', p.Pending)],
            "ON CONFLICT (source, fingerprint) DO UPDATE SET articles = excluded.articles, pending = excluded.pending",
            ct);

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
