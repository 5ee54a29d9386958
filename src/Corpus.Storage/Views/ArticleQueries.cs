using System.Globalization;
using System.Text;
using Corpus.Storage.Articles;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class ArticleQueries(ICorpusStore store)
{
    /// <summary>
    /// Articles in id order, or with <paramref name="q"/> those whose title or clean text has its words (each the start
    /// of a word), latest uploaded first.
    /// </summary>
    public async Task<Page<ArticleView>> ListAsync(string? source, string? q, PageRequest page, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            return await SearchAsync(source, q, page, ct);
        }
        var where = new StringBuilder("1 = 1");
        if (page.After is not null)
        {
            where.Append(" AND id > @after");
        }
        if (!string.IsNullOrEmpty(source))
        {
            where.Append(" AND source = @source");
        }
        var rows = await LoadAsync($"{where} ORDER BY id LIMIT @take", new { after = page.After, source, take = page.Limit + 1 }, ct);
        return page.ToPage(rows, a => a.Id);
    }

    /// <summary>Whether a page's sort key fits the list asked for: a search's pages go by upload order, the others by id.</summary>
    public static bool CursorFits(string? q, string sortKey) => string.IsNullOrWhiteSpace(q) != sortKey.StartsWith(SearchCursor, StringComparison.Ordinal);

    /// <summary>Starts a search page's sort key, which no article id does.</summary>
    private const string SearchCursor = "\n";

    private async Task<Page<ArticleView>> SearchAsync(string? source, string q, PageRequest page, CancellationToken ct)
    {
        var after = page.After is null ? (long?)null
            : long.TryParse(page.After.AsSpan(SearchCursor.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position
            : throw new ArgumentException("Not a cursor of an article search; check it with CursorFits first.", nameof(page));
        List<(long Position, string Id)> found;
        await using (var connection = await store.OpenAsync(ct))
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, ct);
            if (await store.Dialect.ArticleWordsQueryAsync(connection, snapshot, q, ct) is not { } words)
            {
                return new Page<ArticleView>([], null);
            }
            found = [.. await connection.QueryAsync<(long, string)>(new CommandDefinition(
                store.Dialect.ArticlesMatching("@words", bySource: !string.IsNullOrEmpty(source), afterPosition: after is not null),
                new { words, source, after, take = page.Limit + 1 },
                snapshot,
                cancellationToken: ct))];
            await snapshot.CommitAsync(ct);
        }
        var ids = found.Select(f => f.Id).ToList();
        var loaded = ids.Count == 0 ? [] : (await LoadAsync(store.Dialect.InList("id", "@ids"), new { ids = store.Dialect.List(ids) }, ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var positions = found.ToDictionary(f => f.Id, f => f.Position, StringComparer.Ordinal);
        var rows = ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
        return page.ToPage(rows, a => SearchCursor + positions[a.Id].ToString(CultureInfo.InvariantCulture));
    }

    public async Task<ArticleView?> GetAsync(string id, CancellationToken ct) =>
        (await LoadAsync("id = @id", new { id }, ct)).SingleOrDefault();

    // The statements' texts the rows do not hold are read from the articles' clean texts, read once here: in one
    // snapshot with them, so that a clean text and the statements' offsets into it agree.
    private async Task<List<ArticleView>> LoadAsync(string condition, object parameters, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, ct);
        var rows = (await connection.QueryAsync<(string Id, string? Key, string? Source, string? Url, string? Title, string? Published, string Authors, byte[]? Text, string State, string? DuplicateOf)>(new CommandDefinition(
            $"SELECT id, client_key, source, url, title, published, authors, clean_text_brotli, state, duplicate_of FROM articles WHERE {condition}",
            parameters,
            snapshot,
            cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        var duplicates = (await connection.QueryAsync<(string Id, string Of)>(new CommandDefinition(
            $"SELECT id, duplicate_of FROM articles WHERE {SqlDialect.Of(connection).InList("duplicate_of", "@ids")} ORDER BY id", new { ids = SqlDialect.Of(connection).List(ids) }, snapshot, cancellationToken: ct)))
            .ToLookup(d => d.Of, d => d.Id);
        var texts = rows.ToDictionary(r => r.Id, r => StoredText.DecompressClean(r.Text), StringComparer.Ordinal);
        var known = new StatementTexts();
        foreach (var (id, text) in texts)
        {
            if (text is not null)
            {
                known.Add(id, text);
            }
        }
        var statements = (await StatementQueries.OfArticlesAsync(connection, snapshot, ids, known, ct)).ToLookup(s => s.ArticleId);
        await snapshot.CommitAsync(ct);
        return rows.Select(r => new ArticleView(
            r.Id, r.Key, r.Source, r.Url, r.Title, r.Published, Json.Read(r.Authors, new List<string>()), texts[r.Id], r.State, r.DuplicateOf,
            duplicates[r.Id].ToList(), statements[r.Id].ToList())).ToList();
    }
}
