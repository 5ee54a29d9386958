using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>One line of progress: a bar on a terminal, a printed line for each step elsewhere.</summary>
internal interface IProgressReport
{
    void Start(string description, long total);

    void Advance(long amount, string step);

    void Reach(long value, string step);
}

/// <summary>Two progress reports, sending and processing: bars on a terminal, plain lines when piped.</summary>
internal static class UploadProgress
{
    public static Task<T> RunAsync<T>(Func<IProgressReport, IProgressReport, Task<T>> work)
    {
        if (!Terminal.IsInteractive)
        {
            return work(new PlainReport(), new PlainReport());
        }
        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new BarReport(context), new BarReport(context)));
    }

    private sealed class BarReport(ProgressContext context) : IProgressReport
    {
        private ProgressTask? _task;

        public void Start(string description, long total) => _task = context.AddTask(description, maxValue: Math.Max(1, total));

        public void Advance(long amount, string step) => _task?.Increment(amount);

        public void Reach(long value, string step) => _task?.Value(value);
    }

    private sealed class PlainReport : IProgressReport
    {
        private long _value;

        public void Start(string description, long total) => Console.Out.WriteLine(description);

        public void Advance(long amount, string step)
        {
            _value += amount;
            Console.Out.WriteLine(step);
        }

        public void Reach(long value, string step)
        {
            if (value != _value)
            {
                _value = value;
                Console.Out.WriteLine(step);
            }
        }
    }
}
