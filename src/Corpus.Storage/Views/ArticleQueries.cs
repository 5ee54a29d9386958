using System.Text;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class ArticleQueries(ICorpusStore store)
{
    public async Task<Page<ArticleView>> ListAsync(string? source, string? q, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("1 = 1");
        if (page.After is not null)
        {
            where.Append(" AND id > @after");
        }
        if (!string.IsNullOrEmpty(source))
        {
            where.Append(" AND source = @source");
        }
        var words = string.IsNullOrWhiteSpace(q) ? null : store.Dialect.WordPrefixQuery(q);
        if (!string.IsNullOrWhiteSpace(q))
        {
            where.Append(words is null ? " AND 1 = 0" : $" AND {store.Dialect.WordPrefixMatch("articles", "articles", "@words")}");
        }
        var rows = await LoadAsync($"{where} ORDER BY id LIMIT @take", new { after = page.After, source, words, take = page.Limit + 1 }, ct);
        return page.ToPage(rows, a => a.Id);
    }

    public async Task<ArticleView?> GetAsync(string id, CancellationToken ct) =>
        (await LoadAsync("id = @id", new { id }, ct)).SingleOrDefault();

    private async Task<List<ArticleView>> LoadAsync(string condition, object parameters, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(string Id, string? Key, string? Source, string? Url, string? Title, string? Published, string Authors, string? Text, string State, string? DuplicateOf)>(new CommandDefinition(
            $"SELECT id, client_key, source, url, title, published, authors, clean_text, state, duplicate_of FROM articles WHERE {condition}",
            parameters,
            cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        var duplicates = (await connection.QueryAsync<(string Id, string Of)>(new CommandDefinition(
            $"SELECT id, duplicate_of FROM articles WHERE {SqlDialect.Of(connection).InList("duplicate_of", "@ids")} ORDER BY id", new { ids }, cancellationToken: ct)))
            .ToLookup(d => d.Of, d => d.Id);
        var statements = (await StatementQueries.WhereAsync(connection, SqlDialect.Of(connection).InList("st.article_id", "@ids") + " ORDER BY st.article_id, st.ordinal", new { ids }, ct))
            .ToLookup(s => s.ArticleId);
        return rows.Select(r => new ArticleView(
            r.Id, r.Key, r.Source, r.Url, r.Title, r.Published, Json.Read(r.Authors, new List<string>()), r.Text, r.State, r.DuplicateOf,
            duplicates[r.Id].ToList(), statements[r.Id].ToList())).ToList();
    }
}
