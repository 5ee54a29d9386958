namespace Corpus.Text.Speakers;

public enum SpeakerKind
{
    Person,
    Organization,
}
