using System.Text;

namespace Corpus.Storage.Search;

/// <summary>
/// A full-text query as a user types it: words and "quoted phrases", all required, and -excluded words or phrases.
/// Parsed here rather than handed to the database, so that SQLite's FTS5 syntax errors never reach a user and both
/// stores read the same query the same way.
/// </summary>
public sealed class SearchText
{
    public const int MaxLength = 500;

    private readonly IReadOnlyList<Clause> _clauses;

    private SearchText(IReadOnlyList<Clause> clauses) => _clauses = clauses;

    /// <summary>A phrase of one or more words, required or excluded.</summary>
    private sealed record Clause(IReadOnlyList<string> Words, bool Excluded)
    {
        public string Quoted => $"\"{string.Join(' ', Words)}\"";
    }

    public static bool TryParse(string q, out SearchText? text, out string? error)
    {
        text = null;
        error = null;
        if (q.Length > MaxLength)
        {
            error = $"q must be at most {MaxLength} characters.";
            return false;
        }
        var clauses = new List<Clause>();
        var i = 0;
        while (i < q.Length)
        {
            var excluded = q[i] == '-' && i + 1 < q.Length && (q[i + 1] == '"' || char.IsLetterOrDigit(q[i + 1]));
            var start = excluded ? i + 1 : i;
            if (start < q.Length && q[start] == '"')
            {
                var close = q.IndexOf('"', start + 1);
                var end = close < 0 ? q.Length : close;
                AddClause(clauses, Words(q[(start + 1)..end]), excluded);
                i = end + 1;
            }
            else if (start < q.Length && char.IsLetterOrDigit(q[start]))
            {
                var end = start;
                while (end < q.Length && !char.IsWhiteSpace(q[end]) && q[end] != '"')
                {
                    end++;
                }
                // A hyphenated or dotted run ("well-known", "U.S.") is one phrase of its words.
                AddClause(clauses, Words(q[start..end]), excluded);
                i = end;
            }
            else
            {
                i++;
            }
        }
        if (!clauses.Any(c => !c.Excluded))
        {
            error = "q must contain at least one word to find (letters or digits, not only excluded words).";
            return false;
        }
        text = new SearchText(clauses);
        return true;
    }

    /// <summary>The query's one word, when it is a single word to find and nothing else.</summary>
    internal string? OneWord => _clauses is [{ Excluded: false, Words: [var word] }] ? word : null;

    /// <summary>The query in SQLite FTS5 syntax: each phrase quoted, so no word is read as an operator.</summary>
    public string ToFts5()
    {
        var query = new StringBuilder(string.Join(' ', _clauses.Where(c => !c.Excluded).Select(c => c.Quoted)));
        foreach (var excluded in _clauses.Where(c => c.Excluded))
        {
            query.Append(" NOT ").Append(excluded.Quoted);
        }
        return query.ToString();
    }

    /// <summary>The query for PostgreSQL's <c>websearch_to_tsquery</c>: each phrase quoted, so "or" is a word there too.</summary>
    public string ToWebSearch() =>
        string.Join(' ', _clauses.OrderBy(c => c.Excluded).Select(c => c.Excluded ? "-" + c.Quoted : c.Quoted));

    private static void AddClause(List<Clause> clauses, List<string> words, bool excluded)
    {
        if (words.Count > 0)
        {
            clauses.Add(new Clause(words, excluded));
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
