using System.Text.RegularExpressions;

namespace Corpus.Text.Meetings;

/// <summary>Where the body quotes someone's words, so that names and pronouns inside quotes are not taken for the narrator's.</summary>
internal sealed partial class QuoteSpans
{
    private readonly List<(int Start, int End)> _spans;

    private QuoteSpans(List<(int Start, int End)> spans) => _spans = spans;

    public static QuoteSpans Find(string body) =>
        new([.. Quoted().Matches(body).Select(m => (m.Index, m.Index + m.Length))]);

    public bool Inside(int position) => _spans.Any(s => s.Start < position && position < s.End - 1);

    [GeneratedRegex("[\"“][^\"“”\n]{1,3000}?[\"”]")]
    private static partial Regex Quoted();
}
