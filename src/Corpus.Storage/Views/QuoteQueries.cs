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
    /// <summary>
    /// The variants a page of quotes holds at most, unless its first quote alone has more. A quote that a thousand
    /// articles carry has a variant in each: a page of such quotes is cut short of its limit instead, and its cursor
    /// goes on from there. A variant costs a random read of its statement row when not cached, and of its article too
    /// when it words the quote otherwise (bench/README.md).
    /// </summary>
    public const int MaxVariantsPerPage = 200;

    private readonly int _maxVariantsPerPage = MaxVariantsPerPage;

    /// <summary>Pages cut at another number of variants, for the tests.</summary>
    internal QuoteQueries(ICorpusStore store, int maxVariantsPerPage)
        : this(store) => _maxVariantsPerPage = maxVariantsPerPage;

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
        var candidates = (await connection.QueryAsync<(string Id, long Variants)>(new CommandDefinition(
            $"SELECT q.id, (SELECT COUNT(*) FROM statement_quotes sq WHERE sq.quote_id = q.id) FROM quotes q WHERE {string.Join(" AND ", conditions)} ORDER BY q.id LIMIT @take",
            new { speakerId, minSources = (long)minSources, after = page.After, take = page.Limit + 1 },
            cancellationToken: ct))).ToList();
        var (taken, variants) = (0, 0L);
        while (taken < Math.Min(page.Limit, candidates.Count) && (taken == 0 || variants + candidates[taken].Variants <= _maxVariantsPerPage))
        {
            variants += candidates[taken++].Variants;
        }
        var ids = candidates.Take(taken).Select(c => c.Id).ToList();
        var rows = ids.Count == 0 ? [] : await LoadAsync(connection, SqlDialect.Of(connection).InList("q.id", "@ids") + " ORDER BY q.id", new { ids = SqlDialect.Of(connection).List(ids) }, ct);
        return new Page<QuoteView>(rows, candidates.Count > taken ? PageRequest.EncodeCursor(ids[^1]) : null);
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
        var canonical = rows.ToDictionary(r => r.Id, r => (r.Text, Wording: StatementTexts.WordingHash(r.Text)), StringComparer.Ordinal);
        // Sorted here rather than in SQL, with the articles read apart: a variant worded as its quote's canonical text,
        // in an article with a source, needs nothing of its article (migration 0047), and most variants are such copies.
        var found = (await connection.QueryAsync<(string QuoteId, long? Wording, string StatementId, string ArticleId, string? Source, long Ordinal, string? Text, long Start, long End)>(
            new CommandDefinition(
                $"""
                SELECT sq.quote_id, sq.wording, st.id, st.article_id, st.source, st.ordinal, st.text, st.start_offset, st.end_offset
                FROM statement_quotes sq JOIN statements st ON st.id = sq.statement_id
                WHERE {SqlDialect.Of(connection).InList("sq.quote_id", "@ids")}
                """,
                new { ids = SqlDialect.Of(connection).List(ids) },
                snapshot,
                cancellationToken: ct))).ToList();
        bool WordedAsCanonical(string quoteId, long? wording) => wording == canonical[quoteId].Wording;
        var textsToRead = found.Where(v => v.Text is null && !WordedAsCanonical(v.QuoteId, v.Wording)).Select(v => v.ArticleId).ToHashSet(StringComparer.Ordinal);
        var articlesToRead = found.Where(v => v.Source is null).Select(v => v.ArticleId).Concat(textsToRead).Distinct(StringComparer.Ordinal).ToList();
        var articles = articlesToRead.Count == 0 ? [] : (await connection.QueryAsync<(string Id, string? ClientKey, byte[]? CleanText)>(new CommandDefinition(
            $"""
            SELECT a.id, a.client_key, CASE WHEN {SqlDialect.Of(connection).InList("a.id", "@texts")} THEN a.clean_text_brotli END
            FROM articles a WHERE {SqlDialect.Of(connection).InList("a.id", "@ids")}
            """,
            new { ids = SqlDialect.Of(connection).List(articlesToRead), texts = SqlDialect.Of(connection).List(textsToRead) },
            snapshot,
            cancellationToken: ct))).ToDictionary(a => a.Id, StringComparer.Ordinal);
        // A page of quotes that many outlets carry in many wordings has hundreds of clean texts: they are decompressed on every core.
        var texts = new StatementTexts();
        var unstored = articles.Values.Where(a => a.CleanText is not null).ToList();
        var cleanTexts = new string[unstored.Count];
        Parallel.For(0, unstored.Count, new ParallelOptions { CancellationToken = ct }, i => cleanTexts[i] = StoredText.DecompressClean(unstored[i].CleanText)!);
        for (var i = 0; i < unstored.Count; i++)
        {
            texts.Add(unstored[i].Id, cleanTexts[i]);
        }
        string TextOf(string quoteId, long? wording, string? text, string articleId, long start, long end) =>
            text ?? (WordedAsCanonical(quoteId, wording) ? canonical[quoteId].Text : texts.Of(null, articleId, null, start, end));
        var variants = found
            .Select(v => (v.QuoteId, v.StatementId, v.ArticleId, v.Source, v.Ordinal, Outlet: v.Source ?? Outlet.Of(null, articles.GetValueOrDefault(v.ArticleId).ClientKey, v.ArticleId),
                Text: TextOf(v.QuoteId, v.Wording, v.Text, v.ArticleId, v.Start, v.End)))
            .OrderBy(v => v.Outlet, StringComparer.Ordinal).ThenBy(v => v.ArticleId, StringComparer.Ordinal).ThenBy(v => v.Ordinal)
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
