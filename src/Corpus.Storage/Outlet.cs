namespace Corpus.Storage;

/// <summary>
/// An article's outlet in SQL over <c>articles a</c>: its source; an article without one is an outlet of its own,
/// so counting outlets never merges two unknown outlets into one.
/// </summary>
public static class Outlet
{
    internal const string OfArticle = "COALESCE(a.source, a.client_key, a.id)";

    /// <summary>The same outlet, for an article at hand.</summary>
    public static string Of(string? source, string? clientKey, string articleId) => source ?? clientKey ?? articleId;
}
