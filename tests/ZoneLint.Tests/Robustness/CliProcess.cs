using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Robustness;

/// <summary>One diagnostic of the CLI's JSON report.</summary>
internal sealed record CliDiagnostic(string Id, string File, int Line, int Column, string Message);

/// <summary>What a run of the built CLI gave, and what it cost: wall time and peak resident memory.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long PeakResidentBytes, bool TimedOut)
{
    /// <summary>The diagnostics of a <c>--format json</c> report.</summary>
    public IReadOnlyList<CliDiagnostic> Diagnostics()
    {
        using var json = JsonDocument.Parse(Stdout);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new CliDiagnostic(
            d.GetProperty("id").GetString()!,
            d.GetProperty("file").GetString()!,
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            d.GetProperty("message").GetString()!))];
    }

    /// <summary>The record count of a <c>--format json</c> report.</summary>
    public int Records()
    {
        using var json = JsonDocument.Parse(Stdout);
        return json.RootElement.GetProperty("summary").GetProperty("records").GetInt32();
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"exit {ExitCode} after {Elapsed.TotalSeconds:F1} s, peak RSS {PeakResidentBytes / 1e6:F0} MB{(TimedOut ? ", killed at the timeout" : string.Empty)}\nstderr: {Stderr}\nstdout (start): {Stdout[..Math.Min(Stdout.Length, 2000)]}");
}

/// <summary>
/// Runs the built CLI (<c>dotnet ZoneLint.Cli.dll …</c>) in a child process, so a test can bound what a run costs the
/// process as a whole: its peak resident set (<c>VmHWM</c> in <c>/proc/&lt;pid&gt;/status</c>, read until it exits) and,
/// to make the bound hard rather than sampled, a GC heap limit past which the child fails with OutOfMemoryException.
/// </summary>
internal static class CliProcess
{
    private static string Configuration =>
        typeof(CliProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string CliPath => Repository.Path("src", "ZoneLint.Cli", "bin", Configuration, "net10.0", "ZoneLint.Cli.dll");

    /// <summary>Whether peak memory can be read here (Linux).</summary>
    public static bool CanMeasureMemory => File.Exists("/proc/self/status");

    /// <summary>Runs the CLI with <paramref name="args"/>; kills it at <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long the run may take.</param>
    /// <param name="heapLimitBytes">The child's GC heap hard limit (<c>DOTNET_GCHeapHardLimit</c>).</param>
    /// <param name="args">Arguments after the DLL.</param>
    public static CliRun Run(TimeSpan timeout, long heapLimitBytes, params string[] args)
    {
        if (!File.Exists(CliPath))
        {
            Assert.Fail($"The CLI is not built at {CliPath}; the test project references it, so building the tests builds it.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + heapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        bool timedOut = false;
        string status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            if (clock.Elapsed > timeout)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, timedOut);
    }

    /// <summary>VmHWM (peak resident set) in bytes, or 0 when the process is gone or the file is unreadable.</summary>
    private static long ReadHighWaterMark(string statusPath)
    {
        try
        {
            foreach (string line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
