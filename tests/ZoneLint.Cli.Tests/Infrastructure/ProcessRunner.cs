using System.Diagnostics;
using System.Text;

namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>What an external process returned; <see cref="Output"/> interleaves both streams as they arrived.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Stdout, string Stderr, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {Command}\nexit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";
}

/// <summary>Starts external programs (dotnet, git, pre-commit, the installed tool) with a time limit and captured output.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> and waits; on time-out the process tree it started is killed and the test fails.</summary>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Quiet, reproducible child processes: no telemetry banner, no colour codes in what the tests read.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        // A child `dotnet` must not inherit the test host's MSBuild node settings or its view of the solution.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(key);
                }
                else
                {
                    start.Environment[key] = value;
                }
            }
        }

        string command = $"{fileName} {string.Join(' ', start.ArgumentList.Select(Quote))}";
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, stdout);
        process.ErrorDataReceived += (_, e) => Append(e.Data, stderr);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"Timed out after {limit.TotalSeconds:F0} s: {command}\n{output}");
        }

        process.WaitForExit(); // drains the asynchronous readers
        stopwatch.Stop();
        var result = new ProcessResult(command, process.ExitCode, stdout.ToString(), stderr.ToString(), output.ToString(), stopwatch.Elapsed);
        TestContext.Progress.WriteLine($"[{result.Elapsed.TotalSeconds,5:F1} s] exit {result.ExitCode}: {command}");
        return result;

        void Append(string? line, StringBuilder stream)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                stream.Append(line).Append('\n');
                output.Append(line).Append('\n');
            }
        }
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or <see langword="null"/> when it is not installed.</summary>
    public static string? FindOnPath(string name)
    {
        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat", string.Empty] : [string.Empty];
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(directory, name + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The dotnet host running these tests (so children use the same SDK), else the one on PATH.</summary>
    public static string Dotnet
    {
        get
        {
            string? host = Environment.ProcessPath;
            return host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
                ? host
                : FindOnPath("dotnet") ?? "dotnet";
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? argument : $"'{argument}'";
}
