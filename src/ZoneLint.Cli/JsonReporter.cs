using System.Text.Json;
using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>
/// The <c>--format json</c> report: a public interface. Field names never change once shipped; additions are
/// recorded in CHANGELOG.md.
/// </summary>
internal static class JsonReporter
{
    public const int SchemaVersion = 1;

    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        using (var output = new JsonOutput(writer))
        {
            var json = output.Json;
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "zonelint");
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();

            json.WriteStartArray("files");
            foreach (var r in reports)
            {
                json.WriteStartObject();
                json.WriteString("file", r.File);
                json.WriteString("origin", r.Origin.ToString());
                json.WriteNumber("records", r.Result.RecordCount);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("diagnostics");
            int errors = 0, warnings = 0, infos = 0, suppressed = 0, records = 0;
            foreach (var r in reports)
            {
                records += r.Result.RecordCount;
                errors += r.Result.ErrorCount;
                warnings += r.Result.WarningCount;
                infos += r.Result.InfoCount;
                suppressed += r.Result.SuppressedCount;
                foreach (var d in r.Result.Diagnostics)
                {
                    WriteDiagnostic(json, d, r.File);
                    output.FlushIfFull();
                }
            }

            json.WriteEndArray();

            json.WriteStartObject("summary");
            json.WriteNumber("files", reports.Count);
            json.WriteNumber("records", records);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteNumber("infos", infos);
            json.WriteNumber("suppressed", suppressed);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d, string file)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("severity", Severity(d.Severity));
        json.WriteString("message", d.Message);
        json.WriteString("file", d.Location.File ?? file);
        json.WriteNumber("line", d.Location.Line);
        json.WriteNumber("column", d.Location.Column);
        if (d.Owner is not null)
        {
            json.WriteString("owner", d.Owner.ToString());
        }
        else
        {
            json.WriteNull("owner");
        }

        json.WriteString("category", d.Descriptor.Category);
        json.WriteString("helpUri", d.Descriptor.HelpLinkUri);
        json.WriteBoolean("suppressed", d.IsSuppressed);
        if (d.Suppression is { } s)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
            json.WriteString("source", s.Source);
            if (s.Justification is null)
            {
                json.WriteNull("justification");
            }
            else
            {
                json.WriteString("justification", s.Justification);
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("relatedLocations");
        foreach (var l in d.AdditionalLocations)
        {
            json.WriteStartObject();
            json.WriteString("file", l.File ?? file);
            json.WriteNumber("line", l.Line);
            json.WriteNumber("column", l.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
