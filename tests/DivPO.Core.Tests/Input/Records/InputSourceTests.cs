using System.IO.Compression;
using System.Text;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Tests.Input.Records;

public sealed class InputSourceTests
{
    /// <summary>The temporary files holding <paramref name="content"/>, which is unique to a test so that other runs' files are not seen.</summary>
    private static List<string> SpoolFiles(byte[] content) =>
        Directory.GetFiles(Path.GetTempPath(), "divpo-input-*.tmp").Where(file => Holds(file, content)).ToList();

    private static bool Holds(string file, byte[] content)
    {
        try
        {
            return File.ReadAllBytes(file).SequenceEqual(content);
        }
        catch (IOException)
        {
            // Another run's file, gone meanwhile.
            return false;
        }
    }

    [Fact]
    public async Task A_spooled_stream_can_be_read_twice_and_its_temporary_file_goes_with_the_source()
    {
        var content = Encoding.UTF8.GetBytes($"line one\n{Guid.NewGuid()}\n");

        string spoolFile;
        using (var source = await InputSource.SpoolAsync(new MemoryStream(content), "stdin", CancellationToken.None))
        {
            spoolFile = Assert.Single(SpoolFiles(content));
            for (var pass = 0; pass < 2; pass++)
            {
                using var stream = source.Open();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                Assert.Equal(content, copy.ToArray());
            }
        }

        Assert.False(File.Exists(spoolFile));
    }

    [Fact]
    public async Task Opens_gzip_decompressed_and_anything_else_as_it_is()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("zipped"u8);
        }

        foreach (var (bytes, expected) in new[] { (compressed.ToArray(), "zipped"), ("\u001f plain"u8.ToArray(), "\u001f plain"), ([], "") })
        {
            using var source = await InputSource.SpoolAsync(new MemoryStream(bytes), "stdin", CancellationToken.None);
            using var reader = new StreamReader(source.Open(), Encoding.UTF8);
            Assert.Equal(expected, await reader.ReadToEndAsync());
        }
    }
}

