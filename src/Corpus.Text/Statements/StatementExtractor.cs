using System.Text.RegularExpressions;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;

namespace Corpus.Text.Statements;

/// <summary>
/// Direct quotes attributed by <c>"…," X said</c>, <c>"…," said X</c> and <c>X said, "…"</c>; pronouns go to
/// the person named last before them.
/// </summary>
public static partial class StatementExtractor
{
    public static IReadOnlyList<StatementFinding> Extract(CleanArticle article)
    {
        var body = article.Body;
        var findings = new List<StatementFinding>();
        SpeakerRef? lastPerson = null;
        var known = new Dictionary<string, SpeakerRef>(StringComparer.Ordinal);
        foreach (Match quote in Quote().Matches(body))
        {
            var inner = quote.Groups["q"];
            var text = inner.Value.Trim().TrimEnd(',');
            if (text.Split(' ').Length < 3)
            {
                continue;
            }
            var after = body.AsSpan(quote.Index + quote.Length, Math.Min(80, body.Length - quote.Index - quote.Length)).ToString();
            var beforeStart = Math.Max(0, quote.Index - 120);
            var before = body[beforeStart..quote.Index];
            if ((AttributionAfter(after) ?? AttributionBefore(before)) is not var (cue, name))
            {
                continue;
            }
            var speaker = Resolve(name, known, lastPerson);
            if (speaker is null)
            {
                continue;
            }
            if (speaker.Kind == SpeakerKind.Person)
            {
                lastPerson = speaker;
            }
            findings.Add(new StatementFinding(text, StatementKind.Direct, cue, inner.Index, inner.Index + inner.Length, "quote-cue", 0.7, speaker));
        }
        return findings;
    }

    private static (string Cue, string Name)? AttributionAfter(string after)
    {
        var m = CueThenName().Match(after);
        if (m.Success)
        {
            return (m.Groups["cue"].Value, m.Groups["name"].Value);
        }
        m = NameThenCue().Match(after);
        return m.Success ? (m.Groups["cue"].Value, m.Groups["name"].Value) : null;
    }

    private static (string Cue, string Name)? AttributionBefore(string before)
    {
        var m = NameCueColon().Match(before);
        return m.Success ? (m.Groups["cue"].Value, m.Groups["name"].Value) : null;
    }

    private static SpeakerRef? Resolve(string rawName, Dictionary<string, SpeakerRef> known, SpeakerRef? lastPerson)
    {
        var name = rawName.Trim();
        if (name is "he" or "she" or "He" or "She")
        {
            return lastPerson;
        }
        var (role, bare) = SpeakerTitles.Split(name);
        if (bare.Length == 0 || !char.IsUpper(bare[0]))
        {
            return null;
        }
        var surname = bare.Split(' ')[^1];
        if (known.TryGetValue(surname, out var existing))
        {
            return existing;
        }
        var speaker = bare.Contains(' ', StringComparison.Ordinal) || role is not null
            ? SpeakerRef.Person(bare, role is null ? [] : [role])
            : SpeakerRef.Person(bare);
        known[surname] = speaker;
        return speaker;
    }

    [GeneratedRegex("[\"“](?<q>[^\"“”\n]{2,2000}?)[\"”]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s*(?<cue>said|says|added|stated|told|claimed|continued|replied|wrote|tweeted)\s+(?<name>(?:[A-Z][\w'’.-]*\s?){1,6})")]
    private static partial Regex CueThenName();

    [GeneratedRegex(@"^\s*(?<name>he|she|(?:[A-Z][\w'’.-]*\s?){1,6}?)\s*(?:,[^,]{1,40},\s*)?(?<cue>said|says|added|stated|told|claimed|continued|replied|wrote|tweeted)\b")]
    private static partial Regex NameThenCue();

    [GeneratedRegex(@"(?<name>\b(?:[A-Z][\w'’.-]*\s){1,6}?)(?<cue>said|says|added|stated|claimed|replied|wrote|tweeted)\s*[,:]\s*$")]
    private static partial Regex NameCueColon();
}
