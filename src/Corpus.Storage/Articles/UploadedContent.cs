using System.Security.Cryptography;
using System.Text;

namespace Corpus.Storage.Articles;

/// <summary>
/// What an upload said about an article, as one hash: its text or HTML (as <see cref="ArticleToStore.ContentHash"/>,
/// so a copy differing only in case or spacing counts as the same), title, url, source and published date. A key
/// uploaded again is a duplicate when this matches and is refused when it does not.
/// </summary>
public static class UploadedContent
{
    public static string Hash(ArticleToStore article)
    {
        var fields = new StringBuilder();
        foreach (var field in new[] { article.ContentHash, article.Title, article.Url, article.Source, article.Published })
        {
            // Length-prefixed, so that no two different sets of fields run together into the same text.
            fields.Append(field is null ? "-1" : field.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fields.ToString())));
    }
}
