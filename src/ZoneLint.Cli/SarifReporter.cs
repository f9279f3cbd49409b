using System.Collections.Immutable;
using System.Text.Json;
using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>SARIF 2.1.0 for GitHub code scanning and other viewers: rule metadata, results with physical locations, suppressions.</summary>
internal static class SarifReporter
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < descriptors.Length; i++)
        {
            ruleIndex[descriptors[i].Id] = i;
        }

        using (var output = new JsonOutput(writer))
        {
            var json = output.Json;
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "zonelint");
            json.WriteString("semanticVersion", ToolInfo.Version);
            json.WriteString("informationUri", "https://github.com/zonelint/zonelint");
            json.WriteStartArray("rules");
            foreach (var d in descriptors)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("name", PascalName(d.Title));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", d.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", d.HelpLinkUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(d.DefaultSeverity));
                json.WriteBoolean("enabled", d.IsEnabledByDefault);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", d.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var d in report.Result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", d.Id);
                    if (ruleIndex.TryGetValue(d.Id, out int index))
                    {
                        json.WriteNumber("ruleIndex", index);
                    }

                    json.WriteString("level", Level(d.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", d.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    WriteLocation(json, d.Location.File ?? report.File, d.Location.Line, d.Location.Column);
                    json.WriteEndArray();
                    if (d.AdditionalLocations.Length > 0)
                    {
                        json.WriteStartArray("relatedLocations");
                        int id = 1;
                        foreach (var l in d.AdditionalLocations)
                        {
                            WriteLocation(json, l.File ?? report.File, l.Line, l.Column, id++);
                        }

                        json.WriteEndArray();
                    }

                    if (d.Suppression is { } s)
                    {
                        json.WriteStartArray("suppressions");
                        json.WriteStartObject();
                        json.WriteString("kind", s.Kind == SuppressionKind.Pragma ? "inSource" : "external");
                        json.WriteString("status", "accepted");
                        if (s.Justification is not null)
                        {
                            json.WriteString("justification", s.Justification);
                        }

                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                    output.FlushIfFull();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, int line, int column, int id = 0)
    {
        json.WriteStartObject();
        if (id > 0)
        {
            json.WriteNumber("id", id);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", file.Replace('\\', '/'));
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", Math.Max(1, column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '/', '(', ')', ',', '$'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
