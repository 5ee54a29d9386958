using System.Runtime.InteropServices;

namespace Corpus.Text.Speakers;

/// <summary>
/// How one article writes a word: capitalised inside a sentence (where only names are capitalised) or in lower case.
/// A word that only ever opens sentences ("Lest", "Troops") is no evidence of a name. Each word asked about is looked
/// up once, with vectorised searches over the body; the body's other words are never split out.
/// </summary>
internal sealed class ArticleWordCase(string body)
{
    private readonly Dictionary<string, bool> known = new(StringComparer.Ordinal);

    /// <summary>True when the article capitalises the word inside a sentence and never writes it in lower case.</summary>
    public bool IsWrittenAsName(string word)
    {
        ref var answer = ref CollectionsMarshal.GetValueRefOrAddDefault(known, word, out var asked);
        if (!asked)
        {
            answer = word.Length > 0 && !Occurs(word.ToLowerInvariant(), insideSentenceOnly: false) && Occurs(word, insideSentenceOnly: true);
        }
        return answer;
    }

    private bool Occurs(string word, bool insideSentenceOnly)
    {
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (IsWholeWord(at, word.Length) && (!insideSentenceOnly || !OpensSentence(at)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Letters on neither side; a possessive may follow ("Ferrand's").</summary>
    private bool IsWholeWord(int at, int length)
    {
        var end = at + length;
        if (at > 0 && (char.IsLetter(body[at - 1]) || body[at - 1] is '\'' or '’' or '-'))
        {
            return false;
        }
        return end >= body.Length || (!char.IsLetter(body[end]) && body[end] != '-');
    }

    private bool OpensSentence(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = body[i];
            if (c is ' ' or '\t')
            {
                continue;
            }
            if (c == '.' && AfterAbbreviation(i))
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
    private bool AfterAbbreviation(int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(body[start - 1]))
        {
            start--;
        }
        var word = body.AsSpan(start, stop - start);
        return (word.Length == 1 && char.IsUpper(word[0])) || TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
