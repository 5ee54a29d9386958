namespace Corpus.Text.Speakers;

/// <summary>
/// How one article writes its words: which it capitalises inside a sentence (where only names are capitalised) and
/// which it writes in lower case. A word that only ever opens sentences ("Lest", "Troops") is no evidence of a name.
/// </summary>
internal sealed class ArticleWordCase
{
    private readonly HashSet<string> capitalisedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);

    public ArticleWordCase(string body)
    {
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsLetter(body[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < body.Length && (char.IsLetter(body[i]) || body[i] is '\'' or '’' or '-'))
            {
                i++;
            }
            var word = body.AsSpan(start, i - start).TrimEnd("'’-");
            if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’')
            {
                word = word[..^2];
            }
            if (char.IsLower(word[0]))
            {
                lowerCase.Add(word.ToString());
            }
            else if (!OpensSentence(body, start))
            {
                capitalisedInside.Add(word.ToString());
            }
        }
    }

    /// <summary>True when the article capitalises the word inside a sentence and never writes it in lower case.</summary>
    public bool IsWrittenAsName(string word) =>
        capitalisedInside.Contains(word) && !lowerCase.Contains(word.ToLowerInvariant());

    private static bool OpensSentence(string body, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = body[i];
            if (c is ' ' or '\t')
            {
                continue;
            }
            if (c == '.' && AfterAbbreviation(body, i))
            {
                return false;
            }
            return c is '.' or '!' or '?' or '\n' or '"' or '“' or '”' or '\'' or '‘' or '’' or ':' or '—' or '(' or '-';
        }
        return true;
    }

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr", "Sr", "Prof", "Rev", "Sgt", "Capt", "Maj", "Adm", "Pres",
    };

    /// <summary>"Mr. Lew", "Sen. Cruz", "J. Smith": a stop after a short capitalised word ends no sentence.</summary>
    private static bool AfterAbbreviation(string body, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(body[start - 1]))
        {
            start--;
        }
        var word = body[start..stop];
        return (word.Length == 1 && char.IsUpper(word[0])) || TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
