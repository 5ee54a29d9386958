using System.Net;
using System.Net.Sockets;

namespace Corpus.TestSupport;

/// <summary>
/// Ports for servers that tests start in other processes. A port is chosen below the kernel's ephemeral range:
/// a port taken from that range (bind to 0) is free only until the listener closes, and any outgoing connection of
/// the test run (test assemblies run side by side) may take it as its local port before the server binds it.
/// </summary>
public static class LoopbackPort
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> Given = [];

    /// <summary>A port as a configuration setting takes it.</summary>
    public static string TakeSetting() => Take().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int Take()
    {
        var end = EphemeralRangeStart();
        lock (Given)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(Lowest, end);
                if (Given.Add(port) && IsFree(port))
                {
                    return port;
                }
            }
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {end}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var first = File.Exists(range) ? File.ReadAllText(range).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0] : null;
        return int.TryParse(first, out var start) && start > Lowest + 1_000 ? start : 32_768;
    }
}
