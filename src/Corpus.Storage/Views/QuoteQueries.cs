using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class QuoteQueries(ICorpusStore store)
{
    public async Task<Page<QuoteView>> ListAsync(string? speakerId, int minSources, PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var conditions = new List<string> { "(SELECT COUNT(DISTINCT st.source) FROM statements st WHERE st.quote_id = q.id) >= @minSources" };
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
        var rows = (await connection.QueryAsync<(string Id, string SpeakerId, string SpeakerName, string Text)>(new CommandDefinition(
            $"SELECT q.id, q.speaker_id, sp.name, q.text FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE {condition}",
            parameters,
            cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        var variants = (await connection.QueryAsync<(string QuoteId, string StatementId, string ArticleId, string? Source, string Text)>(new CommandDefinition(
            $"SELECT quote_id, id, article_id, source, text FROM statements WHERE {SqlDialect.Of(connection).InList("quote_id", "@ids")} ORDER BY source, article_id, ordinal", new { ids }, cancellationToken: ct)))
            .ToLookup(v => v.QuoteId, v => new QuoteVariant(v.StatementId, v.ArticleId, v.Source, v.Text));
        return rows.Select(r =>
        {
            var own = variants[r.Id].ToList();
            return new QuoteView(r.Id, new SpeakerLink(r.SpeakerId, r.SpeakerName), r.Text, own.Select(v => v.Source).Distinct().Count(), own);
        }).ToList();
    }
}
