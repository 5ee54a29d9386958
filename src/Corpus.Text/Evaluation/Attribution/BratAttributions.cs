namespace Corpus.Text.Evaluation.Attribution;

/// <summary>Reads PolNeAR's brat standoff annotations (T and E lines) into relations over the article's text.</summary>
public static class BratAttributions
{
    public static IReadOnlyList<GoldRelation> Parse(string articleText, string annotations)
    {
        var spans = new Dictionary<string, (string Label, List<(int Start, int End)> Pieces)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2 || !fields[0][1..].All(char.IsAsciiDigit))
            {
                continue;
            }
            if (fields[0][0] == 'T')
            {
                spans[fields[0]] = ParseSpan(fields[1]);
            }
            else if (fields[0][0] == 'E')
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        var relations = new List<GoldRelation>();
        foreach (var roles in events)
        {
            var byRole = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal)
            {
                ["Content"] = [],
                ["Source"] = [],
                ["Cue"] = [],
            };
            var noSource = roles.Length > 0 && roles[0].StartsWith("Attribution-no-source:", StringComparison.Ordinal);
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                var name = role[..colon];
                if (name == "Content2")
                {
                    name = "Content";
                }
                if (byRole.TryGetValue(name, out var pieces) && spans.TryGetValue(role[(colon + 1)..], out var span))
                {
                    pieces.AddRange(span.Pieces);
                }
            }
            var content = Ordered(byRole["Content"]);
            var fragments = content.Select(p => articleText[p.Start..p.End]).ToList();
            var contentText = string.Join(' ', fragments);
            if (AttributionTokens.Of(contentText).Count == 0)
            {
                continue;
            }
            relations.Add(new GoldRelation(contentText, fragments, TextOf(articleText, byRole["Source"]), TextOf(articleText, byRole["Cue"]), noSource));
        }
        return relations;
    }

    private static (string Label, List<(int Start, int End)> Pieces) ParseSpan(string labelAndOffsets)
    {
        var space = labelAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        var pieces = new List<(int, int)>();
        foreach (var pair in labelAndOffsets[(space + 1)..].Split(';'))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            pieces.Add((int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return (labelAndOffsets[..space], pieces);
    }

    private static List<(int Start, int End)> Ordered(List<(int Start, int End)> pieces) =>
        [.. pieces.Distinct().OrderBy(p => p.Start).ThenBy(p => p.End)];

    private static string TextOf(string articleText, List<(int Start, int End)> pieces) =>
        string.Join(' ', Ordered(pieces).Select(p => articleText[p.Start..p.End]));
}
