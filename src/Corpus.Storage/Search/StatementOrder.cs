namespace Corpus.Storage.Search;

/// <summary>
/// How <c>GET /api/statements</c> sorts (<c>?sort=</c>): newest first, by their article's date (undated last), the
/// list the contract describes; or, with a query, most relevant first and ties newest first. Both end in id order, so
/// that every row has one place.
/// </summary>
public enum StatementOrder
{
    Newest,
    Relevance,
}
