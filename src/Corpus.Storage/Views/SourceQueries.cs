using Dapper;

namespace Corpus.Storage.Views;

public sealed class SourceQueries(ICorpusStore store)
{
    public async Task<Page<SourceView>> ListAsync(PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(string Name, long Articles, long Statements)>(new CommandDefinition(
            $"""
            SELECT source, articles, statements FROM source_counts
            WHERE (articles > 0 OR statements > 0) {(page.After is null ? string.Empty : "AND source > @after")}
            ORDER BY source LIMIT @take
            """,
            new { after = page.After, take = page.Limit + 1 },
            cancellationToken: ct))).Select(r => new SourceView(r.Name, r.Articles, r.Statements)).ToList();
        return page.ToPage(rows, s => s.Name);
    }
}
