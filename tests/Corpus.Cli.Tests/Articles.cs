namespace Corpus.Cli.Tests;

/// <summary>Small articles with quotes, so the views have speakers, meetings and quotes to list.</summary>
public static class Articles
{
    public const string Talks = """
        Pompeo warns Lavrov over election interference

        Secretary of State Mike Pompeo met Russian Foreign Minister Sergey Lavrov at the State Department on Tuesday.

        "I was clear it is unacceptable, and I made our expectations of Russia clear," Pompeo said after the talks.

        Lavrov said the allegations were baseless. "There are no facts that would support that," Lavrov told reporters.
        """;

    public const string Visit = """
        Lavrov meets Trump at the White House

        Russian Foreign Minister Sergey Lavrov met President Donald Trump at the White House on Tuesday.

        "I was clear it is unacceptable, and I made our expectations of Russia clear," Pompeo said before the meeting.

        "We discussed many things," Trump told reporters after the meeting with Lavrov.
        """;

    public const string Extra = """
        Bolton meets Patrushev in Geneva

        National Security Advisor John Bolton met his Russian counterpart Nikolai Patrushev in Geneva.

        "We might have had a joint statement," Bolton said. "But I felt it was important to mention election meddling."
        """;
}
