using System.Text.Json;
using System.Text.Json.Nodes;
using PeaceOps.Ops.Simulation.Scenarios.Loading;

namespace PeaceOps.Ops.Simulation.Tests.Scenarios;

/// <summary>A throw-away copy of a shipped scenario that a test breaks in one precise way.</summary>
internal sealed class ScenarioCopy : IDisposable
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public ScenarioCopy(string shippedName = "exercise-small")
    {
        Directory = Path.Combine(Path.GetTempPath(), "peaceops-scenario-" + Guid.NewGuid().ToString("N"), shippedName);
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(ScenarioCatalog.Resolve(shippedName)!))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public void Edit(string file, Action<JsonNode> change)
    {
        var path = Path.Combine(Directory, file);
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: Lenient)!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Directory, file), text);

    public void Delete(string file) => File.Delete(Path.Combine(Directory, file));

    public IReadOnlyList<ScenarioError> Errors()
    {
        var load = () => ScenarioLoader.Load(Directory);
        return load.Should().Throw<ScenarioValidationException>().Which.Errors;
    }

    public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
}
