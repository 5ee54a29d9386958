namespace Corpus.Storage;

/// <summary>
/// An article's outlet in SQL over <c>articles a</c>: its source; an article without one is an outlet of its own,
/// so counting outlets never merges two unknown outlets into one.
/// </summary>
internal static class Outlet
{
    public const string OfArticle = "COALESCE(a.source, a.client_key, a.id)";
}
