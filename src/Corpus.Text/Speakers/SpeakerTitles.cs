namespace Corpus.Text.Speakers;

/// <summary>Separates a leading title or descriptor from a name: "Secretary of State Mike Pompeo" → ("Secretary of State", "Mike Pompeo").</summary>
public static class SpeakerTitles
{
    private static readonly string[] Titles =
    [
        "Secretary of State", "Treasury Secretary", "National Security Advisor", "Foreign Minister", "Russian Foreign Minister",
        "White House deputy press secretary", "Russian President", "President", "Sen.", "Senator", "Rep.", "Gov.", "Sec.",
        "Secretary", "Dr.", "Mr.", "Mrs.", "Ms.",
    ];

    public static (string? Role, string Name) Split(string mention)
    {
        var trimmed = mention.Trim().TrimEnd(',', '.');
        foreach (var title in Titles.OrderByDescending(t => t.Length))
        {
            if (trimmed.StartsWith(title + " ", StringComparison.Ordinal))
            {
                var role = title.TrimEnd('.') switch
                {
                    "Sen" or "Senator" => "Senator",
                    "Rep" => "Representative",
                    "Gov" => "Governor",
                    "Sec" => "Secretary",
                    "Russian President" => "President",
                    "Russian Foreign Minister" => "Foreign Minister",
                    "Mr" or "Mrs" or "Ms" or "Dr" => null,
                    var t => t,
                };
                return (role, trimmed[(title.Length + 1)..].Trim());
            }
        }
        return (null, trimmed);
    }
}
