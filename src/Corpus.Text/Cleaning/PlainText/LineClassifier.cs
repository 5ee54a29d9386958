using System.Text.RegularExpressions;
using Corpus.Text.Cleaning.Metadata;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning.PlainText;

/// <summary>Classifies the lines of page text and weighs them: prose counts for the article, furniture against it.</summary>
internal static partial class LineClassifier
{
    public static LineKind[] Classify(IReadOnlyList<string> lines)
    {
        var keys = lines.Select(TextNormalizer.ForComparison).ToArray();
        var counts = keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var kinds = new LineKind[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var repeatedNextToItself = (i > 0 && keys[i - 1] == keys[i]) || (i + 1 < lines.Count && keys[i + 1] == keys[i]);
            kinds[i] = BoilerplateRules.StartsComments(line) ? LineKind.Comments
                : BoilerplateRules.StartsTeasers(line) ? LineKind.Teasers
                : BoilerplateRules.IsListHeader(line) ? LineKind.ListHeader
                : BoilerplateRules.IsBoilerplate(line) || TagList().IsMatch(line) || IsShoutedTeaser(line) ? LineKind.Furniture
                : Bylines.IsByline(line) || IsDateLine(line) || Timestamp().IsMatch(line) ? LineKind.Byline
                : repeatedNextToItself || (counts[keys[i]] > 2 && WordCount(line) < 25) ? LineKind.Repeated
                : IsProse(line) ? LineKind.Prose
                : LineKind.Short;
        }
        return kinds;
    }

    /// <summary>The line's weight in the search for the article's span: words for prose, a penalty otherwise.</summary>
    public static double Weight(string line, LineKind kind) => kind switch
    {
        LineKind.Prose => Math.Min(WordCount(line), MaxLineWeight),
        LineKind.Short => WordCount(line) >= 15 ? WordCount(line) / 2.0 : line.Any(char.IsDigit) && WordCount(line) >= 3 ? 0 : -4,
        LineKind.Byline => -6,
        LineKind.Furniture => -10,
        LineKind.Repeated => -15,
        LineKind.ListHeader => -30,
        LineKind.Teasers => -60,
        _ => -400,
    };

    /// <summary>One very long line (a contact blurb, a terms notice) must not outweigh an article of several paragraphs.</summary>
    private const int MaxLineWeight = 60;

    /// <summary>Words of the line; Chinese and Japanese write no spaces, so two of their characters count as a word.</summary>
    public static int WordCount(string line)
    {
        var words = 0;
        var unspaced = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (IsUnspacedScript(c))
            {
                unspaced++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (c is not ('\'' or '’' or '-'))
            {
                inWord = false;
            }
        }
        return words + unspaced / 2;
    }

    private static bool IsUnspacedScript(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF');

    private static bool IsProse(string line)
    {
        var words = WordCount(line);
        if (words < 4 || CommentMeta().IsMatch(line))
        {
            return false;
        }
        var trimmed = line.TrimEnd();
        var last = trimmed[^1];
        var endsLikeSentence = last is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ')' or '…' or '。' or '！' or '？' or '」';
        return endsLikeSentence && (words >= 6 || trimmed.Contains(' ', StringComparison.Ordinal) && last is '.' or '!' or '?' or '”' or '"')
            || words >= 20;
    }

    /// <summary>
    /// A line of five or more words in capitals only ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES …", "CLICK HERE TO GET
    /// THE APP"): a teaser or a prompt; an article's capitalised subheads are shorter.
    /// </summary>
    private static bool IsShoutedTeaser(string line) =>
        WordCount(line) >= 5 && !line.Any(char.IsLower) && line.Count(char.IsUpper) >= 10;

    private static bool IsDateLine(string line) =>
        line.Length <= 80 && (DateParsing.FindInText(line) is not null || TimeOnly().IsMatch(line)) && WordCount(line) <= 9;

    [GeneratedRegex(@"^\S+ says:$|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\b(?i:telephone|fax|tel\.?|phone):|\(\d+\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentMeta();

    /// <summary>"Updated at 9:02 a.m. ET", "Published 3 hours ago": when, not what.</summary>
    [GeneratedRegex(@"^(posted|published|updated|last updated|first published)\b.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    /// <summary>Topic tags run together: "Donald Trump,Jane Roe" (names joined by commas without spaces).</summary>
    [GeneratedRegex(@"^\p{Lu}[^,.!?]{1,40}(?:,\p{Lu}[^,.!?]{1,40})+$", RegexOptions.CultureInvariant)]
    private static partial Regex TagList();

    [GeneratedRegex(@"^\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s+\w{2,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnly();
}
