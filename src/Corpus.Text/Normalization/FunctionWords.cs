namespace Corpus.Text.Normalization;

/// <summary>
/// English words that say little about what a sentence is about: articles, pronouns, prepositions, auxiliaries, and the
/// fillers of speech ("going to", "I think", "a lot of people"). Lower case, contractions spelt out, as
/// <see cref="Quotes.QuoteTokens"/> keys them.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between
        both but by can could did do does doing down during each few for from further get gets got go goes going had has
        have having he her here hers herself him himself his how i if in into is it its itself just know let like lot me
        more most my myself no nor not now of off on once one only or other our ours ourselves out over own people really
        said same say says she should so some such than that the their theirs them themselves then there these they thing
        things think this those through to too two under until up us very want was way we well were what when where which
        while who whom why will with would you your yours yourself yourselves make made
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
