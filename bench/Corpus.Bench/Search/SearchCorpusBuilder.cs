using System.Diagnostics;
using System.Globalization;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Statements;
using Corpus.Text.Fingerprints;
using Corpus.Text.Statements;

namespace Corpus.Bench.Search;

/// <summary>
/// Writes a corpus of articles and their statements straight through <see cref="ArticleRows"/> and
/// <see cref="StatementRows"/>, as grains would store them, skipping the text pipeline: 3-7 statements an article,
/// each two half-sentences of real news text spliced together, seven outlets, dates over a year.
/// </summary>
public static class SearchCorpusBuilder
{
    private const int ArticlesPerCommit = 1000;
    private static readonly string[] Outlets = ["Breitbart", "CNN", "Fox", "HuffPost", "NYT", "Politico", "WashPost"];
    private static readonly StatementKind[] Kinds = [StatementKind.Direct, StatementKind.Indirect, StatementKind.Partial];

    public static async Task<(long Statements, TimeSpan Took)> BuildAsync(ICorpusStore store, IReadOnlyList<string> sentences, int articles)
    {
        var random = new Random(18);
        var started = Stopwatch.StartNew();
        long statements = 0;
        for (var first = 0; first < articles; first += ArticlesPerCommit)
        {
            var batch = Enumerable.Range(first, Math.Min(ArticlesPerCommit, articles - first)).Select(i => Article(i, random)).ToList();
            var batchStatements = batch.SelectMany(a => Enumerable.Range(0, random.Next(3, 8)).Select(k => Statement(a, k, sentences, random))).ToList();
            await using var tx = await store.BeginAsync(Durability.Redoable, CancellationToken.None);
            await ArticleRows.InsertNewAsync(tx, "bench-upload", PackedArticle.AllOf(batch), 0, traceParent: null, CancellationToken.None);
            await StatementRows.AddAsync(tx, batchStatements, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
            statements += batchStatements.Count;
        }
        return (statements, started.Elapsed);
    }

    private static ArticleToStore Article(int i, Random random)
    {
        var id = $"bench-{i:D7}";
        var published = new DateOnly(2015, 11, 1).AddDays(random.Next(396)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ArticleToStore(id, id, ContentHash.Of(id), Outlets[random.Next(Outlets.Length)], null, $"Article {i}", published, "(statements only)", null);
    }

    private static StatementToStore Statement(ArticleToStore article, int ordinal, IReadOnlyList<string> sentences, Random random)
    {
        var head = sentences[random.Next(sentences.Count)];
        var tail = sentences[random.Next(sentences.Count)];
        var text = $"{head[..(head.Length / 2)]}{tail[(tail.Length / 2)..]}";
        return new StatementToStore(
            $"{article.Id}-{ordinal}", article.Id, ordinal, article.Source, text, Kinds[random.Next(Kinds.Length)], "said", 0, text.Length, "bench", 0.9, null);
    }
}
