using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Speakers;

public class SpeakerIdentityTests
{
    [Fact]
    public void Roles_never_merge_people_with_different_given_names()
    {
        SpeakerCandidate[] known = [new("Alma Reyes", [], ["Secretary of State"])];
        Assert.Equal(-1, SpeakerIdentity.Match(known, "Bruno Reyes", ["Secretary of State"]));
    }

    [Fact]
    public void Full_name_matches_an_initial_and_a_bare_surname()
    {
        SpeakerCandidate[] known = [new("A. Reyes", []), new("Bruno Reyes", [])];
        Assert.Equal(0, SpeakerIdentity.Match(known, "Alma Reyes"));
        Assert.Equal(1, SpeakerIdentity.Match(known, "Bruno Reyes"));
    }

    [Fact]
    public void Bare_surname_prefers_the_speaker_sharing_a_role()
    {
        SpeakerCandidate[] known = [new("Alma Reyes", [], ["Mayor"]), new("Bruno Reyes", [], ["Senator"])];
        Assert.Equal(1, SpeakerIdentity.Match(known, "Reyes", ["Senator"]));
        Assert.Equal(0, SpeakerIdentity.Match(known, "Reyes"));
    }
}
