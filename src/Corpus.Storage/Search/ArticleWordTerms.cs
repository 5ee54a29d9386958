using System.Data.Common;
using System.Text;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// The FTS5 match of an article search on SQLite, with each word's prefix spelled out as the indexed words it starts.
/// FTS5 answers a prefix term by merging the doclists of every word it starts into one before the first row comes out,
/// so a prefix that starts a common word costs all its articles whatever the LIMIT (bench/README.md); an OR of whole
/// words is read lazily from the newest end and stops at the LIMIT.
/// </summary>
internal static class ArticleWordTerms
{
    /// <summary>Past this many words a prefix stays a prefix term: spelling out thousands costs more than merging.</summary>
    private const int MaxTermsPerWord = 2000;

    /// <summary>
    /// The match for <paramref name="words"/> (lower-cased, as <see cref="Words.Of"/> gives them), read in
    /// <paramref name="tx"/>; null when some word starts no indexed word, so that nothing matches.
    /// </summary>
    public static async Task<string?> MatchAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> words, CancellationToken ct)
    {
        // fts5vocab's instance rows come in term order and seek to a lower bound on the term, each step one seek:
        // the walk below goes from one indexed word to the next without reading their doclists.
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_terms USING fts5vocab(main, article_words, instance)", transaction: tx, cancellationToken: ct));
        var match = new StringBuilder();
        foreach (var word in words)
        {
            match.Append(match.Length == 0 ? string.Empty : " AND ");
            // unicode61 folds other letters as well as case: outside ASCII the index's own folding of a prefix term holds.
            if (!Ascii.IsValid(word))
            {
                match.Append('"').Append(word).Append("\"*");
                continue;
            }
            var terms = (await connection.QueryAsync<string>(new CommandDefinition(
                """
                WITH RECURSIVE walk(term) AS (
                    SELECT (SELECT term FROM temp.article_terms WHERE term >= @word LIMIT 1)
                    UNION ALL
                    SELECT (SELECT v.term FROM temp.article_terms v WHERE v.term >= w.term || char(1) LIMIT 1) FROM walk w WHERE w.term < @end
                    LIMIT @cap
                )
                SELECT term FROM walk WHERE term < @end
                """,
                new { word, end = string.Concat(word.AsSpan(0, word.Length - 1), ((char)(word[^1] + 1)).ToString()), cap = MaxTermsPerWord + 2 },
                tx,
                cancellationToken: ct))).ToList();
            if (terms.Count == 0)
            {
                return null;
            }
            if (terms.Count > MaxTermsPerWord)
            {
                match.Append('"').Append(word).Append("\"*");
                continue;
            }
            match.Append('(').AppendJoin(" OR ", terms.Select(t => $"\"{t}\"")).Append(')');
        }
        return match.ToString();
    }
}
