using Dapper;

namespace Corpus.Storage.Views;

public sealed class UploadQueries(ICorpusStore store)
{
    public async Task<UploadView?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var upload = await connection.QuerySingleOrDefaultAsync<(long Received, long Accepted, long Duplicates, long Rejected)?>(new CommandDefinition(
            "SELECT received, accepted, duplicates, rejected FROM uploads WHERE id = @id", new { id }, cancellationToken: ct));
        if (upload is not { } u)
        {
            return null;
        }
        var (processed, failed) = await connection.QuerySingleAsync<(long Processed, long Failed)>(new CommandDefinition(
            """
            SELECT COALESCE(SUM(CASE WHEN state = 'processed' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0)
            FROM articles WHERE upload_id = @id
            """,
            new { id },
            cancellationToken: ct));
        var state = processed + failed >= u.Accepted ? "done" : "processing";
        return new UploadView(id, state, u.Received, u.Accepted, processed, failed, u.Duplicates, u.Rejected);
    }
}
