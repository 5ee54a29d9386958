namespace Corpus.Text.Speakers;

public enum MentionForm
{
    /// <summary>A proper name of a person, full or surname only.</summary>
    Name,

    /// <summary>he, she, they.</summary>
    Pronoun,

    /// <summary>A description resolved through roles: the secretary, the president.</summary>
    Nominal,

    /// <summary>A named organisation: the White House, Politico.</summary>
    Organization,
}

/// <summary>How a source phrase names its speaker: the name (or pronoun, or role noun), its form, and the roles it gives.</summary>
public sealed record Mention(string Name, MentionForm Form, IReadOnlyList<string> Roles);
