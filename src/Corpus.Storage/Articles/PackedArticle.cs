namespace Corpus.Storage.Articles;

/// <summary>
/// An article ready to be inserted: its texts compressed and its upload hash taken. Packing is most of what storing an
/// upload costs the CPU, so it is done before the transaction, on every core: SQLite has one writer, and the intake's
/// commits wait for the upload's.
/// </summary>
public sealed record PackedArticle(ArticleToStore Article, byte[]? RawTextBrotli, byte[]? RawHtmlBrotli, string UploadHash)
{
    public static PackedArticle Of(ArticleToStore article) =>
        new(article, StoredText.Compress(article.RawText), StoredText.Compress(article.RawHtml), UploadedContent.Hash(article));

    public static PackedArticle[] AllOf(IReadOnlyList<ArticleToStore> articles)
    {
        var packed = new PackedArticle[articles.Count];
        Parallel.For(0, articles.Count, i => packed[i] = Of(articles[i]));
        return packed;
    }
}
