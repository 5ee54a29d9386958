using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>
/// Where output goes and how it may look: colours, tables and progress bars only on a terminal, plain text when
/// stdout is piped or redirected, no colour when <c>NO_COLOR</c> is set (no-color.org).
/// </summary>
internal static class Terminal
{
    private const int UnwrappedWidth = 100_000;

    public static bool IsInteractive => !Console.IsOutputRedirected;

    public static bool NoColor => Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    public static IAnsiConsole Error { get; private set; } = AnsiConsole.Console;

    public static void Configure()
    {
        AnsiConsole.Console = Create(Console.Out, Console.IsOutputRedirected);
        Error = Create(Console.Error, Console.IsErrorRedirected);
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var plain = redirected || NoColor;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            // Spectre wraps at 80 columns when it cannot ask a terminal; a piped line (an id, a detail) must stay whole.
            console.Profile.Width = UnwrappedWidth;
        }
        return console;
    }
}
