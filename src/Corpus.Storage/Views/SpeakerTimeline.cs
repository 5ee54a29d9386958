using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Views;

/// <summary>How many statements a speaker made in a month ("2019-12"), by their article's published date.</summary>
public sealed record MonthCount(string Month, long Statements);

/// <summary>A speaker's statements by month, oldest first (months without any left out), and those in undated articles.</summary>
public sealed record SpeakerTimeline(IReadOnlyList<MonthCount> Months, long Undated)
{
    // Dates are stored as ISO 8601 text (a date or a date-time), so the month is its first seven characters.
    private const string MonthOfArticle = "substr(a.published, 1, 7)";

    public static async Task<SpeakerTimeline> LoadAsync(DbConnection connection, string speakerId, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string? Month, long Statements)>(new CommandDefinition(
            $"""
            SELECT {MonthOfArticle}, COUNT(*)
            FROM statement_speakers ss JOIN statements st ON st.id = ss.statement_id JOIN articles a ON a.id = st.article_id
            WHERE ss.speaker_id = @speakerId GROUP BY {MonthOfArticle}
            """,
            new { speakerId },
            cancellationToken: ct));
        var dated = rows.Where(r => IsMonth(r.Month)).OrderBy(r => r.Month, StringComparer.Ordinal).Select(r => new MonthCount(r.Month!, r.Statements));
        return new SpeakerTimeline([.. dated], rows.Where(r => !IsMonth(r.Month)).Sum(r => r.Statements));
    }

    private static bool IsMonth(string? month) =>
        month is [>= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', '-', >= '0' and <= '1', >= '0' and <= '9'];
}
