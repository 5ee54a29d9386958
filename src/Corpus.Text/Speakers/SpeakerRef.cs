namespace Corpus.Text.Speakers;

/// <summary>
/// A speaker as one article knows them: the fullest name the article gives, the other ways it names
/// them, and the roles it gives them.
/// </summary>
public sealed record SpeakerRef(
    string Name,
    SpeakerKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles)
{
    public static SpeakerRef Person(string name, params string[] roles) => new(name, SpeakerKind.Person, [], roles);

    public static SpeakerRef Organization(string name) => new(name, SpeakerKind.Organization, [], []);

    /// <summary>The key of the speaker grain that decides who this is: a person's surname, an organisation's whole name.</summary>
    public string FamilyKey => SpeakerNames.FamilyKey(Name, Kind);
}
