using System.Data.Common;
using Corpus.Storage.Articles;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;
using Dapper;

namespace Corpus.Storage.Views;

/// <summary>
/// Quotes with each outlet's wording. An outlet is an article's source; articles without one count as
/// outlets of their own, so <c>minSources</c> never merges two unknown outlets into one.
/// </summary>
public sealed class QuoteQueries(ICorpusStore store)
{
    public async Task<Page<QuoteView>> ListAsync(string? speakerId, int minSources, PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        // A quote reported by several outlets is rare: the partial index holds those, when the query states it as is.
        var conditions = new List<string> { minSources >= 2 ? "q.outlets >= 2 AND q.outlets >= @minSources" : "q.outlets >= @minSources" };
        if (speakerId is not null)
        {
            conditions.Add("q.speaker_id = @speakerId");
        }
        if (page.After is not null)
        {
            conditions.Add("q.id > @after");
        }
        var rows = await LoadAsync(connection, string.Join(" AND ", conditions) + " ORDER BY q.id LIMIT @take", new { speakerId, minSources = (long)minSources, after = page.After, take = page.Limit + 1 }, ct);
        return page.ToPage(rows, q => q.Id);
    }

    public async Task<QuoteView?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return (await LoadAsync(connection, "q.id = @id", new { id }, ct)).SingleOrDefault();
    }

    private static async Task<List<QuoteView>> LoadAsync(DbConnection connection, string condition, object parameters, CancellationToken ct)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, ct);
        var rows = (await connection.QueryAsync<(string Id, string SpeakerId, string SpeakerName, string Text)>(new CommandDefinition(
            $"SELECT q.id, q.speaker_id, sp.name, q.text FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE {condition}",
            parameters,
            snapshot,
            cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        // Sorted here rather than in SQL: a sort there would carry every variant's compressed clean text along.
        var found = (await connection.QueryAsync<(string QuoteId, string StatementId, string ArticleId, string? Source, string Outlet, long Ordinal, string? Text, byte[]? CleanText, long Start, long End)>(
            new CommandDefinition(
                $"""
                SELECT sq.quote_id, st.id, st.article_id, st.source, {Outlet.OfArticle}, st.ordinal, st.text, {StatementTexts.CleanTextColumn}, st.start_offset, st.end_offset
                FROM statement_quotes sq JOIN statements st ON st.id = sq.statement_id JOIN articles a ON a.id = st.article_id
                WHERE {SqlDialect.Of(connection).InList("sq.quote_id", "@ids")}
                """,
                new { ids = SqlDialect.Of(connection).List(ids) },
                snapshot,
                cancellationToken: ct))).ToList();
        // A page of quotes that many outlets carry has hundreds of variants in as many articles: their clean texts are
        // decompressed on every core.
        var texts = new StatementTexts();
        var unstored = found.Where(v => v.Text is null && v.CleanText is not null).DistinctBy(v => v.ArticleId).Select(v => (v.ArticleId, v.CleanText)).ToList();
        var cleanTexts = new string[unstored.Count];
        Parallel.For(0, unstored.Count, new ParallelOptions { CancellationToken = ct }, i => cleanTexts[i] = StoredText.DecompressClean(unstored[i].CleanText)!);
        for (var i = 0; i < unstored.Count; i++)
        {
            texts.Add(unstored[i].ArticleId, cleanTexts[i]);
        }
        var variants = found
            .OrderBy(v => v.Outlet, StringComparer.Ordinal).ThenBy(v => v.ArticleId, StringComparer.Ordinal).ThenBy(v => v.Ordinal)
            .Select(v => (v.QuoteId, v.StatementId, v.ArticleId, v.Source, v.Outlet, Text: texts.Of(v.Text, v.ArticleId, v.CleanText, v.Start, v.End)))
            .ToLookup(v => v.QuoteId);
        return [.. rows.Select(r =>
        {
            // Outlets that print a quote alike (copies, wire stories) share one wording: it is compared once.
            var diffs = new Dictionary<string, List<QuoteDiffPart>>(StringComparer.Ordinal);
            var own = variants[r.Id].Select(v => new QuoteVariant(v.StatementId, v.ArticleId, v.Source, v.Text)
            {
                Outlet = v.Outlet,
                Canonical = v.Text == r.Text,
                Diff = diffs.TryGetValue(v.Text, out var diff)
                    ? diff
                    : diffs[v.Text] = [.. QuoteDiff.Between(r.Text, v.Text).Select(p => new QuoteDiffPart(p.Op.ToString().ToLowerInvariant(), p.Text))],
            }).ToList();
            return new QuoteView(r.Id, new SpeakerLink(r.SpeakerId, r.SpeakerName), r.Text, own.Select(v => v.Outlet).Distinct().Count(), own);
        })];
    }
}
