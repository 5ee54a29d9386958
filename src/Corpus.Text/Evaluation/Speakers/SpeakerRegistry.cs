using Corpus.Text.Speakers;

namespace Corpus.Text.Evaluation.Speakers;

/// <summary>One speaker entity as the service would hold it, with the articles that mentioned it.</summary>
public sealed class SpeakerEntity(string familyKey, string name, SpeakerKind kind, string firstArticle)
{
    public string FamilyKey { get; } = familyKey;

    public string Name { get; set; } = name;

    public SpeakerKind Kind { get; } = kind;

    public string FirstArticle { get; } = firstArticle;

    public List<string> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    /// <summary>Every (article, mention name) that named this entity, in arrival order.</summary>
    public List<(string Article, string Mention)> Mentions { get; } = [];
}

/// <summary>
/// The speaker entities the service makes, without the service: mentions are grouped by family key and each family
/// decides identity with <see cref="SpeakerIdentity.Match"/>, keeping the fullest name, aliases and roles, as the
/// speaker grain does.
/// </summary>
public sealed class SpeakerRegistry
{
    private readonly Dictionary<string, List<SpeakerEntity>> families = new(StringComparer.Ordinal);

    public IEnumerable<SpeakerEntity> Entities => families.Values.SelectMany(f => f);

    public SpeakerEntity Add(string article, SpeakerRef mention)
    {
        var familyKey = mention.FamilyKey;
        if (!families.TryGetValue(familyKey, out var family))
        {
            families[familyKey] = family = [];
        }
        var match = SpeakerIdentity.Match([.. family.Select(s => new SpeakerCandidate(s.Name, s.Aliases, s.Roles))], mention.Name, mention.Roles);
        SpeakerEntity speaker;
        if (match < 0)
        {
            speaker = new SpeakerEntity(familyKey, mention.Name, mention.Kind, article);
            family.Add(speaker);
        }
        else
        {
            speaker = family[match];
            if (SpeakerIdentity.IsFuller(speaker.Name, mention.Name))
            {
                AddDistinct(speaker.Aliases, speaker.Name);
                speaker.Name = mention.Name;
            }
        }
        foreach (var alias in mention.Aliases.Append(mention.Name).Where(a => a != speaker.Name))
        {
            AddDistinct(speaker.Aliases, alias);
        }
        foreach (var role in mention.Roles)
        {
            AddDistinct(speaker.Roles, role);
        }
        speaker.Mentions.Add((article, mention.Name));
        return speaker;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }
}
