using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.EndToEnd;

/// <summary>
/// The library as a user takes it: packed, restored from a feed by a project outside this solution, used the way a
/// hosting panel uses it (records from its own database, no zone file), with the README's example as that project.
/// </summary>
[Category("EndToEnd")]
public sealed class PackageTests
{
    [Test]
    public void LibraryPackage_CarriesReadmeLicenseXmlDocsAndSymbols()
    {
        var feed = PackedFeed.Get();
        using var package = ZipFile.OpenRead(feed.Library);
        var entries = package.Entries.Select(e => e.FullName).ToArray();
        var nuspec = Nuspec(package);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(feed.Library, ".snupkg"));
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Element(ns + "id")!.Value, Is.EqualTo("ZoneLint"));
            Assert.That(metadata.Element(ns + "version")!.Value, Is.EqualTo(feed.Version));
            Assert.That(entries, Does.Contain("lib/net10.0/ZoneLint.dll"));
            Assert.That(entries, Does.Contain("lib/net10.0/ZoneLint.xml"), "XML documentation for IntelliSense");
            Assert.That(entries, Does.Contain("README.md"));
            Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"));
            Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"));
            Assert.That(metadata.Element(ns + "license")?.Attribute("type")?.Value, Is.EqualTo("expression"));
            Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Does.StartWith("https://github.com/"), "SourceLink/PublishRepositoryUrl");
            Assert.That(DependencyIds(metadata, ns), Is.EqualTo(new[] { "Microsoft.Extensions.Logging.Abstractions" }), "the library's only dependency");
            Assert.That(symbols.Entries.Select(e => e.FullName), Does.Contain("lib/net10.0/ZoneLint.pdb"), "symbols in the .snupkg");
            Assert.That(entries.Any(e => e.EndsWith(".pdb", StringComparison.Ordinal)), Is.False, "symbols go to the .snupkg, not the package");
        });
    }

    [Test]
    public void ToolPackage_IsADotnetToolNamedZonelint_WithAnIdOtherThanTheLibrarys()
    {
        var feed = PackedFeed.Get();
        using var package = ZipFile.OpenRead(feed.Tool);
        var metadata = Metadata(package, out var ns);
        var settings = ToolSettings(package);
        var command = settings.Descendants("Command").Single();
        var platforms = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);

        string id = metadata.Element(ns + "id")!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(id, Is.EqualTo("ZoneLint.Tool"));
            Assert.That(id, Is.Not.EqualTo("ZoneLint").IgnoreCase, "NuGet IDs are case-insensitive: the tool cannot be called ZoneLint");
            Assert.That(metadata.Element(ns + "packageTypes")?.Elements().Select(e => e.Attribute("name")?.Value), Does.Contain("DotnetTool"));
            Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("zonelint"));
            Assert.That(package.Entries.Select(e => e.FullName), Does.Contain("README.md"));
            Assert.That(platforms.Keys, Is.SupersetOf(new[] { "linux-x64", "linux-arm64", "osx-arm64", "win-x64", "any" }), "the platforms the tool is packed for, and the portable fallback");
            Assert.That(platforms, Has.All.Matches<KeyValuePair<string, string>>(p => p.Value == $"ZoneLint.Tool.{p.Key}"));
            Assert.That(platforms.Keys.Select(feed.ToolFor), Has.All.Matches<string>(File.Exists), "every platform's package is packed beside the pointer");
        });
    }

    /// <summary>
    /// Each platform's package carries the tool precompiled (ReadyToRun), started by its own executable; the portable
    /// one carries IL only and is started by dotnet. This machine's platform, packed again on its own as a release does,
    /// is native code instead (<see cref="ThisPlatformsToolPackage_IsNativeCode"/>). What the install on this machine
    /// picks is in ToolTests.
    /// </summary>
    [TestCase("linux-x64", true)]
    [TestCase("win-x64", true)]
    [TestCase("osx-arm64", true)]
    [TestCase("any", false)]
    public void EachPlatformsToolPackage_IsPrecompiledForIt_AndThePortableOneIsNot(string platform, bool precompiled)
    {
        Assume.That(!(PackedFeed.IsNativeHere && platform == RuntimeInformation.RuntimeIdentifier), "this machine's platform is packed as native code");
        var feed = PackedFeed.Get();
        string path = feed.ToolFor(platform);
        using var package = ZipFile.OpenRead(path);
        var metadata = Metadata(package, out var ns);
        var command = ToolSettings(package).Descendants("Command").Single();
        var library = package.Entries.Single(e => e.FullName == $"tools/net10.0/{platform}/ZoneLint.dll");
        using var copy = new MemoryStream();
        using (var stream = library.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
        bool readyToRun = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
        Assert.Multiple(() =>
        {
            AssertIsPlatformPackage(metadata, ns, command, platform, precompiled ? "executable" : "dotnet");
            Assert.That(readyToRun, Is.EqualTo(precompiled), "ZoneLint.dll precompiled (ReadyToRun)");
            Assert.That(File.Exists(Path.ChangeExtension(path, ".snupkg")), Is.True, "the tool's symbols");
        });
    }

    /// <summary>
    /// This machine's platform's package, packed on its own (<c>dotnet pack -r</c>), is one native executable: no
    /// assemblies, no runtime, started directly.
    /// </summary>
    [Test]
    public void ThisPlatformsToolPackage_IsNativeCode()
    {
        Assume.That(PackedFeed.IsNativeHere, "native code is built on Linux with a C compiler");
        string platform = RuntimeInformation.RuntimeIdentifier;
        var feed = PackedFeed.Get();
        using var package = ZipFile.OpenRead(feed.ToolFor(platform));
        var metadata = Metadata(package, out var ns);
        var command = ToolSettings(package).Descendants("Command").Single();
        string folder = $"tools/any/{platform}/";
        var executable = package.Entries.SingleOrDefault(e => e.FullName == folder + command.Attribute("EntryPoint")?.Value);
        byte[] magic = new byte[4];
        if (executable is not null)
        {
            using var stream = executable.Open();
            stream.ReadExactly(magic);
        }

        Assert.Multiple(() =>
        {
            AssertIsPlatformPackage(metadata, ns, command, platform, "executable");
            Assert.That(executable, Is.Not.Null, "the command's executable is in the package");
            Assert.That(magic, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), "an ELF executable");
            Assert.That(package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.FullName), Is.Empty, "no assemblies: the code is compiled into the executable");
        });
    }

    /// <summary>
    /// The README's panel example, verbatim, is the consumer: it restores ZoneLint from the feed in a project that no
    /// Directory.Build.props or central package version of this repository reaches, builds with warnings as errors,
    /// and prints exactly what the README says it prints (ZL1001 for an MX that points at a CNAME).
    /// </summary>
    [Test]
    public void ReadmePanelExample_BuildsAgainstThePackage_AndPrintsWhatTheReadmeShows()
    {
        var blocks = Markdown.BlocksAfter(Repository.Path("README.md"), "panel-example");
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(2), "the README's panel example is a csharp block followed by its output");
        string program = blocks[0];
        string expectedOutput = blocks[1];
        Assert.That(expectedOutput, Does.Contain("ZL1001"), "the README's example shows the MX-at-alias finding");

        var feed = PackedFeed.Get();
        using var work = new TempDirectory("zonelint-consumer");
        // The project has a folder of its own: the NuGet folders beside it must not fall under its **/*.cs glob.
        string app = work.Combine("app");
        // Stop MSBuild's walk up the directories (for a temp folder placed inside a checkout) and central package management.
        work.Write("app/Directory.Build.props", "<Project />\n");
        work.Write("app/Directory.Build.targets", "<Project />\n");
        work.Write("app/Directory.Packages.props", "<Project />\n");
        work.Write("app/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="zonelint-e2e" value="{feed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        work.Write("app/Panel.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ZoneLint" Version="[{feed.Version}]" />
              </ItemGroup>
            </Project>
            """);
        work.Write("app/Program.cs", program);

        var environment = NuGetIsolation.Environment(work.Path);
        var build = ProcessRunner.Run(ProcessRunner.Dotnet, ["build", "-c", "Release", "-o", work.Combine("out"), "-nologo"], app, environment, TimeSpan.FromMinutes(4));
        Assert.That(build.ExitCode, Is.Zero, build.ToString);
        Assert.That(Directory.Exists(Path.Combine(environment["NUGET_PACKAGES"]!, "zonelint", feed.Version)), Is.True, "ZoneLint was restored from the test feed");

        var run = ProcessRunner.Run(ProcessRunner.Dotnet, [work.Combine("out", "Panel.dll")], app, environment, TimeSpan.FromMinutes(1));
        TestContext.Out.WriteLine(run.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            Assert.That(run.Stdout.ReplaceLineEndings("\n"), Is.EqualTo(expectedOutput), "the README shows what the example prints");
        });
    }

    /// <summary>A platform's tool package: its ID, its package type, the command's name and how it is started.</summary>
    private static void AssertIsPlatformPackage(XElement metadata, XNamespace ns, XElement command, string platform, string runner)
    {
        Assert.That(metadata.Element(ns + "id")!.Value, Is.EqualTo($"ZoneLint.Tool.{platform}"));
        Assert.That(metadata.Element(ns + "packageTypes")?.Elements().Select(e => e.Attribute("name")?.Value), Does.Contain("DotnetToolRidPackage"));
        Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("zonelint"));
        Assert.That(command.Attribute("Runner")?.Value, Is.EqualTo(runner));
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static XElement Metadata(ZipArchive package, out XNamespace ns)
    {
        var nuspec = Nuspec(package);
        ns = nuspec.Root!.Name.Namespace;
        return nuspec.Root.Element(ns + "metadata")!;
    }

    private static XDocument ToolSettings(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static string[] DependencyIds(XElement metadata, XNamespace ns) =>
        [.. metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct()];
}
