using Corpus.Storage.Statements;

namespace Corpus.Storage.Search;

/// <summary>What <c>GET /api/statements</c> asks for; every part optional. Dates are <c>yyyy-MM-dd</c>, both ends included.</summary>
public sealed record StatementFilter(
    SearchText? Text = null,
    string? Speaker = null,
    string? Source = null,
    string? Kind = null,
    string? From = null,
    string? To = null,
    StatementOrder Order = StatementOrder.Newest)
{
    public static IReadOnlyList<string> Kinds => StatementKinds.Names;

    /// <summary>Whether the list is sorted by score: only a query gives one.</summary>
    public bool Ranked => Text is not null && Order == StatementOrder.Relevance;

    /// <summary>Whether anything but the query narrows the list.</summary>
    internal bool Narrowed => From is not null || To is not null || !string.IsNullOrEmpty(Speaker) || !string.IsNullOrEmpty(Source) || !string.IsNullOrEmpty(Kind);
}
