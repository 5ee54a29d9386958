using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// An article's statements are found whichever form their ids take: those made from its arrival
/// (<see cref="StableId.OfStatement"/>) and those stored before that form, all hex digits, or ids of any other shape.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task An_article_finds_its_own_statements_under_either_form_of_id_and_none_of_its_neighbours()
    {
        SkipIfUnavailable();
        // Seventeen articles, so that arrivals reach two hex digits: 1 and 0x10 differ only in where their digits stand.
        var ids = Enumerable.Range(1, 17).Select(i => $"n{i}").ToArray();
        await SettleAsync([.. ids.Select(id => (id, "Daily", "Harbour " + id))]);
        Dictionary<string, long> arrivals;
        await using (var connection = await Store.OpenAsync(CancellationToken.None))
        {
            arrivals = (await connection.QueryAsync<(string Id, long Arrival)>("SELECT id, arrival FROM articles")).ToDictionary(a => a.Id, a => a.Arrival);
        }
        var byArticle = ids.ToDictionary(id => id, id => new List<string>());
        var statements = new List<StatementToStore>();
        void Add(string article, string id, int ordinal)
        {
            byArticle[article].Add(id);
            statements.Add(new(id, article, ordinal, "Daily", "We will repair the harbour wall.", StatementKind.Direct, "said", 0, 10, "rule", 0.9, null));
        }
        foreach (var article in ids)
        {
            Add(article, StableId.OfStatement(article, arrivals[article], 0), 0);
            Add(article, StableId.OfStatement(article, arrivals[article], 1), 1);
        }
        // Stored before ids were made from arrivals: all hex digits, and an id of another shape.
        Add("n1", "0a1b2c3d4e5f6a7b", 2);
        Add("n1", "s-older", 3);
        Add("n16", "f0e1d2c3b4a59687", 2);
        await WriteAsync(tx => StatementRows.AddAsync(tx, statements, CancellationToken.None));

        foreach (var article in ids)
        {
            Assert.Equal(byArticle[article], (await new ArticleQueries(Store).GetAsync(article, CancellationToken.None))!.Statements.Select(s => s.Id));
            await using var connection = await Store.OpenAsync(CancellationToken.None);
            Assert.Equal(byArticle[article], (await StatementRows.LoadSpansAsync(connection, article, CancellationToken.None)).Select(s => s.Id));
        }
        // Walked newest first, every statement once.
        var walked = await new StatementSearch(Store, walks: true).PageAsync(new StatementFilter(), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);
        Assert.Null(walked.Next);
        Assert.Equal(statements.Select(s => s.Id).Order(StringComparer.Ordinal), walked.Items.Select(s => s.Id).Order(StringComparer.Ordinal));
    }
}
