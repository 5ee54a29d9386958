using System.Globalization;
using Dapper;
using SummaryRow = (string Id, long CreatedAt, long Received, long Accepted, long Duplicates, long Rejected, long Complete, long Processed, long Failed);

namespace Corpus.Storage.Views;

public sealed class UploadQueries(ICorpusStore store)
{
    public const int MaxListedFailures = 1000;

    private const string SummaryColumns =
        """
        u.id, u.created_at, u.received, u.accepted, u.duplicates, u.rejected, u.complete, COALESCE(p.processed, 0), COALESCE(p.failed, 0)
        """;

    /// <summary>The counts the database keeps as articles change state (migration 0048).</summary>
    private const string WithProgress = "uploads u LEFT JOIN upload_progress p ON p.upload_id = u.id";

    public async Task<UploadView?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = (await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM {WithProgress} WHERE u.id = @id", new { id }, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var summary = ToSummary(rows[0]);
        var failures = await connection.QueryAsync<(string? Key, string Id, string? Error)>(new CommandDefinition(
            "SELECT client_key, id, error FROM articles WHERE upload_id = @id AND state = 'failed' ORDER BY arrival LIMIT @limit",
            new { id, limit = (long)MaxListedFailures },
            cancellationToken: ct));
        return new UploadView(
            summary.Id, summary.State, summary.ReceivedAt, summary.Received, summary.Accepted, summary.Processed, summary.Failed, summary.Duplicates, summary.Rejected,
            [.. failures.Select(f => new ArticleFailure(f.Key, f.Id, f.Error ?? "failed"))]);
    }

    /// <summary>Uploads, newest first.</summary>
    public async Task<Page<UploadSummary>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var after = page.After is null ? ((long, string)?)null : ReadCursor(page.After) ?? throw new ArgumentException("Not an upload list cursor.", nameof(page));
        await using var connection = await store.OpenAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            SELECT {SummaryColumns} FROM {WithProgress}
            {(after is null ? string.Empty : "WHERE u.created_at < @afterTime OR (u.created_at = @afterTime AND u.id < @afterId)")}
            ORDER BY u.created_at DESC, u.id DESC LIMIT @take
            """,
            new { afterTime = after?.Item1, afterId = after?.Item2, take = page.Limit + 1 },
            cancellationToken: ct));
        return page.ToPage([.. rows.Select(ToSummary)], u => Cursor(u.ReceivedAt.ToUnixTimeMilliseconds(), u.Id));
    }

    /// <summary>Whether a cursor (already checked as one this service gave out) belongs to the upload list.</summary>
    public static bool IsCursor(string? after) => after is null || ReadCursor(after) is not null;

    private static string Cursor(long createdAt, string id) => createdAt.ToString(CultureInfo.InvariantCulture) + ":" + id;

    private static (long CreatedAt, string Id)? ReadCursor(string after)
    {
        var colon = after.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(after.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var createdAt)
            ? (createdAt, after[(colon + 1)..])
            : null;
    }

    private static UploadSummary ToSummary(SummaryRow r)
    {
        var state = r.Complete == 0 ? "incomplete" : r.Processed + r.Failed >= r.Accepted ? "done" : "processing";
        return new UploadSummary(r.Id, state, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt), r.Received, r.Accepted, r.Processed, r.Failed, r.Duplicates, r.Rejected);
    }
}
