using Dapper;

namespace Corpus.Storage.Views;

/// <summary>How much of the corpus is left to process.</summary>
/// <param name="Left">Articles not yet processed (queued and settled).</param>
/// <param name="Queued">Uploaded, not yet taken in.</param>
/// <param name="Settled">Taken in; their findings are being handed on to the speaker, meeting and source grains.</param>
/// <param name="Failed">Articles that could not be analysed.</param>
public sealed record ProgressView(long Left, long Queued, long Settled, long Failed);

public sealed class ProgressQueries(ICorpusStore store)
{
    public async Task<ProgressView> GetAsync(CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var counts = (await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM articles WHERE state IN ('queued', 'settled', 'failed') GROUP BY state", cancellationToken: ct)))
            .ToDictionary(r => r.State, r => r.Count, StringComparer.Ordinal);
        var queued = counts.GetValueOrDefault("queued");
        var settled = counts.GetValueOrDefault("settled");
        return new ProgressView(queued + settled, queued, settled, counts.GetValueOrDefault("failed"));
    }
}
