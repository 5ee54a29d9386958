using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Corpus.Storage.Facts;

/// <summary>
/// The paragraphs of one article that its outlet might print under many articles (<paramref name="Fingerprints"/>),
/// those of them the article still held when it was taken in (<paramref name="Kept"/>), and whether it counts towards
/// the outlet's furniture (a copy of an earlier story does not).
/// </summary>
public sealed record ArticleParagraphs(string ArticleId, string Source, long Arrival, IReadOnlyList<long> Fingerprints, IReadOnlyList<long> Kept, bool Counted);

public static class ArticleParagraphRows
{
    public static Task AddAsync(StoreTransaction tx, IReadOnlyList<ArticleParagraphs> rows, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "article_paragraphs (article_id, source, arrival, fingerprints, kept, counted)",
            rows,
            r => [r.ArticleId, r.Source, r.Arrival, Write(r.Fingerprints), Write(r.Kept), r.Counted ? 1L : 0L],
            "ON CONFLICT DO NOTHING",
            ct);

    /// <summary>Every article of one outlet, in upload order.</summary>
    public static async Task<List<ArticleParagraphs>> LoadSourceAsync(DbConnection connection, string source, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string ArticleId, long Arrival, string Fingerprints, string Kept, long Counted)>(new CommandDefinition(
            "SELECT article_id, arrival, fingerprints, kept, counted FROM article_paragraphs WHERE source = @source ORDER BY arrival",
            new { source },
            cancellationToken: ct)))
            .Select(r => new ArticleParagraphs(r.ArticleId, source, r.Arrival, Read(r.Fingerprints), Read(r.Kept), r.Counted != 0))];

    private static string Write(IReadOnlyList<long> values) => string.Join(' ', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    private static long[] Read(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
}
