using Dapper;

namespace Corpus.Storage.Views;

public sealed class SourceQueries(ICorpusStore store)
{
    public async Task<Page<SourceView>> ListAsync(PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(string Name, long Articles, long Statements)>(new CommandDefinition(
            $"""
            SELECT a.source, COUNT(*), (SELECT COUNT(*) FROM statements st WHERE st.source = a.source)
            FROM articles a WHERE a.source IS NOT NULL {(page.After is null ? string.Empty : "AND a.source > @after")}
            GROUP BY a.source ORDER BY a.source LIMIT @take
            """,
            new { after = page.After, take = page.Limit + 1 },
            cancellationToken: ct))).Select(r => new SourceView(r.Name, r.Articles, r.Statements)).ToList();
        return page.ToPage(rows, s => s.Name);
    }
}
