using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary><c>zonelint rules</c> and <c>zonelint explain ID</c>.</summary>
internal static class CatalogCommands
{
    public static int ListRules(TextWriter stdout)
    {
        foreach (var d in ZoneLinter.Default.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            string severity = d.IsEnabledByDefault ? JsonReporter.Severity(d.DefaultSeverity) : "off";
            stdout.WriteLine($"{d.Id}  {severity,-7}  {d.Category,-10}  {d.Title}");
        }

        return ExitCodes.Clean;
    }

    public static int Explain(string id, TextWriter stdout, TextWriter stderr)
    {
        var descriptor = ZoneLinter.Default.Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            stderr.WriteLine($"zonelint: '{id}' is not a rule ID; 'zonelint rules' lists them");
            return ExitCodes.Usage;
        }

        using var page = typeof(CatalogCommands).Assembly.GetManifestResourceStream($"rules/{descriptor.Id}.md");
        if (page is null)
        {
            stdout.WriteLine($"{descriptor.Id}: {descriptor.Title}");
            stdout.WriteLine(descriptor.HelpLinkUri);
            return ExitCodes.Clean;
        }

        using var reader = new StreamReader(page);
        stdout.Write(reader.ReadToEnd());
        return ExitCodes.Clean;
    }
}
